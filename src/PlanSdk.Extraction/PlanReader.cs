using System.Collections.Generic;
using System.Linq;
using PlanSdk.Extraction.Naming;

namespace PlanSdk.Extraction;

/// <summary>
/// Reads a plan the way every part of PlanSdk does, so that the CLI's export and the generated
/// code agree: extract (<see cref="PlanExtractor.Extract"/>), then finish: apply the plan's
/// corrections file, if any, and name the targets. The source generator calls the steps
/// separately, to cache the costly extraction.
/// </summary>
public static class PlanReader
{
    /// <summary>Extracts a plan from its text, applies its corrections and names its targets.</summary>
    /// <param name="planId">The plan id (<c>Zibo2024</c>).</param>
    /// <param name="text">The plan text as published.</param>
    /// <param name="corrections">The plan's corrections (<c>Zibo2024.plan.json</c>), or null.</param>
    /// <param name="correctionProblems">The problems found when the corrections file was parsed, reported with the plan's.</param>
    /// <returns>The finished plan; its problems include those of the corrections.</returns>
    public static ExtractedPlan Read(string planId, string text, PlanCorrections? corrections = null, IEnumerable<ExtractionProblem>? correctionProblems = null) =>
        Finish(PlanExtractor.Extract(planId, text), corrections, correctionProblems);

    /// <summary>Applies a plan's corrections to an extracted plan and names its targets.</summary>
    /// <param name="extracted">A plan from <see cref="PlanExtractor.Extract"/>.</param>
    /// <param name="corrections">The plan's corrections, or null: its glossary extends the curated one.</param>
    /// <param name="correctionProblems">The problems found when the corrections file was parsed, reported with the plan's.</param>
    /// <returns>The plan, corrected, with every target and actual named (<see cref="QuantityMention.Name"/>).</returns>
    public static ExtractedPlan Finish(ExtractedPlan extracted, PlanCorrections? corrections = null, IEnumerable<ExtractionProblem>? correctionProblems = null)
    {
        var problems = new List<ExtractionProblem>(correctionProblems ?? Enumerable.Empty<ExtractionProblem>());
        var plan = extracted;
        var glossary = IndicatorGlossary.Default;
        if (corrections is { IsEmpty: false })
        {
            plan = corrections.Apply(plan, out var applied);
            problems.AddRange(applied);
            glossary = glossary.With(corrections.Glossary);
        }

        plan = TargetNamer.Name(plan, glossary, out var suffixed);
        foreach (var (node, mention) in suffixed)
        {
            problems.Add(new ExtractionProblem(
                ProblemCode.TargetNameSuffixed,
                $"Two targets of {node.Path} would both be named from '{mention.Indicator}'; '{mention.Written}' is named {mention.Name}.",
                mention.Span));
        }

        return problems.Count == 0 ? plan : plan with { Problems = plan.Problems.Concat(problems).ToEquatableArray() };
    }
}
