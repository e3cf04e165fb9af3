using System;
using System.Collections.Generic;

namespace PlanSdk.Extraction.Text;

/// <summary>The original plan text with its line starts, to turn offsets into lines and columns.</summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text)
    {
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>Offset of the first character of a 0-based line.</summary>
    public int LineStart(int line) => _lineStarts[line];

    /// <summary>Offset just after the last character of a 0-based line, before its line break.</summary>
    public int LineEnd(int line)
    {
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > _lineStarts[line] && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return end;
    }

    /// <summary>The text of a 0-based line without its line break.</summary>
    public string LineText(int line) => Text.Substring(LineStart(line), LineEnd(line) - LineStart(line));

    /// <summary>The 0-based line holding <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>A span of the text with 1-based lines and columns.</summary>
    public SourceSpan Span(int start, int length)
    {
        start = Math.Max(0, Math.Min(start, Text.Length));
        length = Math.Max(0, Math.Min(length, Text.Length - start));
        var line = LineOf(start);
        var end = start + length;
        var endLine = LineOf(end);
        return new SourceSpan(start, length, line + 1, start - _lineStarts[line] + 1, endLine + 1, end - _lineStarts[endLine] + 1);
    }
}
