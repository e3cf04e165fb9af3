using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PlanSdk.Sample;

/// <summary>A console table whose columns line up with Chinese text in them (a Han character takes two columns).</summary>
internal sealed class TextTable
{
    private readonly string[] _headings;
    private readonly List<string[]> _rows = new();

    public TextTable(params string[] headings) => _headings = headings;

    public void Add(params string[] cells) => _rows.Add(cells);

    public void Print(TextWriter output)
    {
        var widths = _headings.Select((heading, column) => _rows.Select(row => Width(row[column])).Prepend(Width(heading)).Max()).ToArray();
        Write(output, _headings, widths);
        output.WriteLine(string.Join("  ", widths.Select(width => new string('-', width))));
        foreach (var row in _rows)
        {
            Write(output, row, widths);
        }
    }

    private static void Write(TextWriter output, string[] cells, int[] widths) =>
        output.WriteLine(string.Join("  ", cells.Select((cell, column) => cell + new string(' ', widths[column] - Width(cell)))).TrimEnd());

    /// <summary>The columns a terminal gives the text: two for East Asian wide characters, one for the rest.</summary>
    private static int Width(string text) => text.Sum(c => c >= '\u1100' && (c <= '\u115F' || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6')) ? 2 : 1);
}
