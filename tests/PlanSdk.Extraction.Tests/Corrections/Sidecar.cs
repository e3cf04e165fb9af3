using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace PlanSdk.Extraction.Tests.Corrections;

/// <summary>Reads and applies corrections files written for a test.</summary>
internal static class Sidecar
{
    public const string FilePath = "plans/Test.plan.json";

    /// <summary>A plan with one task (path 1) and two targets: 61%以上 and 88%以上.</summary>
    public const string TwoTargets = "1.测试任务。全人群签约率达61%以上,老年人签约率达88%以上。";

    /// <summary>Corrections from a file that has no problem.</summary>
    public static PlanCorrections Parse(string json)
    {
        var corrections = PlanCorrections.Parse(json, FilePath, out var problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => $"{p.Code} {p.Span}: {p.Message}")));
        return corrections;
    }

    /// <summary>The problems of a corrections file.</summary>
    public static IReadOnlyList<ExtractionProblem> ParseProblems(string json)
    {
        PlanCorrections.Parse(json, FilePath, out var problems);
        return problems;
    }

    /// <summary>A corrections file with these entries of <c>targets</c>.</summary>
    public static string Targets(params string[] entries) => "{ \"targets\": [\n" + string.Join(",\n", entries) + "\n] }";

    /// <summary>Applies a corrections file that has no problem, and expects no problem applying it.</summary>
    public static ExtractedPlan Apply(ExtractedPlan plan, string json)
    {
        var corrected = Parse(json).Apply(plan, out var problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => $"{p.Code} {p.Span}: {p.Message}")));
        return corrected;
    }

    /// <summary>The problems of applying a corrections file that itself has no problem.</summary>
    public static IReadOnlyList<ExtractionProblem> ApplyProblems(ExtractedPlan plan, string json, out ExtractedPlan corrected)
    {
        corrected = Parse(json).Apply(plan, out var problems);
        return problems;
    }

    /// <summary>The 1-based line and column of the first occurrence of <paramref name="at"/> in <paramref name="json"/>.</summary>
    public static (int Line, int Column) Locate(string json, string at)
    {
        var offset = json.IndexOf(at, System.StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{at}' is not in the test's JSON");
        var lineStart = offset == 0 ? 0 : json.LastIndexOf('\n', offset - 1) + 1;
        return (json.Take(offset).Count(c => c == '\n') + 1, offset - lineStart + 1);
    }
}
