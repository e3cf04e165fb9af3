using System.Linq;
using Microsoft.CodeAnalysis;
using PlanSdk.Generators.Tests.Support;
using Xunit;

namespace PlanSdk.Generators.Tests;

/// <summary>A plan's corrections file changes the generated code without touching the plan text.</summary>
public sealed class CorrectionsTests
{
    private const string Corrections = """
        {
          "glossary": { "筛查覆盖率": "ScreeningCoverage" },
          "targets": [
            { "path": "15", "mention": "88%", "name": "ElderlyRate" },
            { "path": "18", "mention": "100期", "drop": true },
            { "path": "7", "add": { "indicator": "托育机构", "value": 12, "unit": "家", "comparison": ">=" , "name": "ChildcareCentres" } }
          ]
        }
        """;

    [Fact]
    public void CorrectionsFile_RenamesDropsAndAddsTargets()
    {
        var harness = new GeneratorHarness(new[] { ("plans/Zibo2024.txt", GeneratorHarness.PlanText("Zibo2024")), ("plans/Zibo2024.plan.json", Corrections) });

        var (result, output) = harness.Run();

        var source = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Zibo2024.g.cs", System.StringComparison.Ordinal)).ToString();
        Assert.Contains("public global::PlanSdk.Target ElderlyRate => Targets[1];", source, System.StringComparison.Ordinal);
        Assert.Contains("public global::PlanSdk.Target ScreeningCoverage => Targets[0];", source, System.StringComparison.Ordinal);
        Assert.Contains("public global::PlanSdk.Target ChildcareCentres => Targets[0];", source, System.StringComparison.Ordinal);
        Assert.Contains("public global::PlanSdk.Target 中医专家 => Targets[1];", source, System.StringComparison.Ordinal);
        Assert.DoesNotContain("中医药适宜技术培训 => Targets", source, System.StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void EditCorrectionsFile_ReextractsNoPlan()
    {
        var harness = new GeneratorHarness(ReferencePlans.All().Append(("plans/Zibo2024.plan.json", Corrections)));
        harness.Run();

        harness.Edit("plans/Zibo2024.plan.json", Corrections.Replace("ElderlyRate", "ElderlySigning", System.StringComparison.Ordinal));
        var (result, _) = harness.Run();

        var steps = result.Results.Single().TrackedSteps;
        Assert.All(steps[TrackingNames.Extracted].SelectMany(run => run.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        var finished = steps[TrackingNames.Finished].SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();
        Assert.Equal(1, finished.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(4, finished.Count(reason => reason == IncrementalStepRunReason.Unchanged));
    }
}
