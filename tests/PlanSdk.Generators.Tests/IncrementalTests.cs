using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PlanSdk.Generators.Tests.Support;
using Xunit;

namespace PlanSdk.Generators.Tests;

/// <summary>Editing one plan re-runs that plan's steps only; the other plans' steps are cached.</summary>
public sealed class IncrementalTests
{
    [Fact]
    public void EditOnePlan_RerunsOnlyThatPlansSteps()
    {
        var harness = new GeneratorHarness(ReferencePlans.All());
        harness.Run();

        harness.Edit("plans/Zibo2024.txt", GeneratorHarness.PlanText("Zibo2024").Replace("全人群签约率达61%以上", "全人群签约率达60%以上", System.StringComparison.Ordinal));
        var (result, _) = harness.Run();

        var steps = result.Results.Single().TrackedSteps;
        foreach (var name in new[] { TrackingNames.PlanFiles, TrackingNames.Extracted, TrackingNames.Finished })
        {
            var reasons = Reasons(steps[name]);
            Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(4, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        }
    }

    [Fact]
    public void RunAgain_WithoutEdits_EveryStepIsCached()
    {
        var harness = new GeneratorHarness(ReferencePlans.All());
        harness.Run();

        var (result, _) = harness.Run();

        foreach (var (name, runs) in result.Results.Single().TrackedSteps)
        {
            Assert.All(Reasons(runs), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {reason}"));
        }
    }

    [Fact]
    public void PipelineOutputs_OfThePlanSteps_HoldNoRoslynObjects()
    {
        var (result, _) = new GeneratorHarness(ReferencePlans.All()).Run();

        foreach (var (name, runs) in result.Results.Single().TrackedSteps.Where(step => step.Key.StartsWith("PlanSdk.", System.StringComparison.Ordinal)))
        {
            foreach (var output in runs.SelectMany(run => run.Outputs))
            {
                Assert.False(IsRoslynObject(output.Value), $"{name} outputs a {output.Value.GetType()}");
            }
        }
    }

    private static List<IncrementalStepRunReason> Reasons(IEnumerable<IncrementalGeneratorRunStep> runs) =>
        runs.SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();

    private static bool IsRoslynObject(object value) =>
        value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel
        || (value.GetType().Namespace ?? string.Empty).StartsWith("Microsoft.CodeAnalysis", System.StringComparison.Ordinal);
}
