using System;
using System.IO;

namespace PlanSdk.Extraction.Tests.Support;

/// <summary>The reference plans and gold annotations copied next to the test assembly.</summary>
internal static class ReferencePlans
{
    public static readonly string[] Ids = { "Nanning2017", "Shijiazhuang2020", "XxCounty2020", "Zhoushan2019", "Zibo2024" };

    public static string Text(string id) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Plans", id + ".txt"));

    public static ExtractedPlan Extract(string id) => PlanExtractor.Extract(id, Text(id));

    public static string GoldPath(string id) => Path.Combine(AppContext.BaseDirectory, "Gold", id + ".json");
}
