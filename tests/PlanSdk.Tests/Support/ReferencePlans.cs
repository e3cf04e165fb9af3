using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PlanSdk.Extraction;

namespace PlanSdk.Tests.Support;

/// <summary>The plan texts of plans/ and the gold files, copied next to the test assembly.</summary>
internal static class ReferencePlans
{
    public static string PlansDirectory => Path.Combine(AppContext.BaseDirectory, "Plans");

    public static string GoldDirectory => Path.Combine(AppContext.BaseDirectory, "Gold");

    public static IEnumerable<object[]> Ids =>
        Directory.GetFiles(PlansDirectory, "*.txt")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .Select(id => new object[] { id! });

    public static string PathOf(string id) => Path.Combine(PlansDirectory, id + ".txt");

    public static ExtractedPlan Extract(string id) => PlanReader.Read(id, File.ReadAllText(PathOf(id)));

    public static Plan Load(string id) => Plan.FromExtraction(Extract(id), $"plans/{id}.txt");
}
