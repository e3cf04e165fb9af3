using System.Text.RegularExpressions;
using PlanSdk.Extraction;

namespace PlanSdk.Benchmarks;

/// <summary>
/// The two ways the extraction benchmarks read plans: the floor, the least any reader of these
/// texts does (split the lines, find every number with a regular expression), and the engine.
/// </summary>
internal static class ExtractionRoutes
{
    private static readonly Regex Numbers = new(@"\d+(?:\.\d+)?", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>Splits every plan into lines and counts the numbers in them.</summary>
    public static int SplitAndScan((string Id, string Text)[] plans)
    {
        var count = 0;
        foreach (var (_, text) in plans)
        {
            foreach (var line in text.Split('\n'))
            {
                count += Numbers.Count(line);
            }
        }

        return count;
    }

    /// <summary>Extracts every plan with the engine; returns the number of outline nodes.</summary>
    public static int Extract((string Id, string Text)[] plans)
    {
        var count = 0;
        foreach (var (id, text) in plans)
        {
            count += PlanExtractor.Extract(id, text).Nodes.Count;
        }

        return count;
    }
}
