using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PlanSdk.Robustness.Tests.Support;

/// <summary>The reference plans (<c>plans/*.txt</c>, copied beside the tests): the seeds every mutation starts from.</summary>
internal static class SeedPlans
{
    private static readonly Lazy<IReadOnlyList<(string Id, string Text)>> Loaded = new(() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Plans"), "*.txt")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)))
            .ToList());

    public static IReadOnlyList<(string Id, string Text)> All => Loaded.Value;

    public static string Text(int index) => All[index].Text;

    /// <summary>The seeds' lines, each with its own line break (<c>\n</c> or <c>\r\n</c>) kept.</summary>
    public static IReadOnlyList<string> Lines(int index) => LinesOf(All[index].Text);

    public static IReadOnlyList<string> LinesOf(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text.Substring(start, i + 1 - start));
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text.Substring(start));
        }

        return lines;
    }
}
