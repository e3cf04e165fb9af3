using System;
using System.Collections.Generic;
using System.Linq;
using PlanSdk.Extraction.Naming;

namespace PlanSdk.Extraction;

/// <summary>
/// Reads a plan the way every part of PlanSdk does, so that the CLI's export and check and the
/// generated code and its diagnostics agree: extract (<see cref="PlanExtractor.Extract"/>), then
/// finish: apply the plan's corrections file, name the targets, compare them with the plan's lock
/// file. The source generator calls the steps separately, to cache the costly extraction.
/// </summary>
public static class PlanReader
{
    /// <summary>Extracts a plan from its text and finishes it.</summary>
    /// <param name="planId">The plan id (<c>Zibo2024</c>).</param>
    /// <param name="text">The plan text as published.</param>
    /// <param name="sidecars">The plan's corrections and lock, or null for none.</param>
    /// <returns>The finished plan; its problems include those of the sidecar files and of the lock.</returns>
    public static ExtractedPlan Read(string planId, string text, PlanSidecars? sidecars = null) =>
        Finish(PlanExtractor.Extract(planId, text), sidecars);

    /// <summary>Applies a plan's corrections, names its targets and compares them with its lock.</summary>
    /// <param name="extracted">A plan from <see cref="PlanExtractor.Extract"/>.</param>
    /// <param name="sidecars">The plan's corrections and lock, or null for none.</param>
    /// <returns>The plan, corrected, with every target and actual named (<see cref="QuantityMention.Name"/>).</returns>
    public static ExtractedPlan Finish(ExtractedPlan extracted, PlanSidecars? sidecars = null)
    {
        sidecars ??= PlanSidecars.None;
        var problems = new List<ExtractionProblem>(sidecars.CorrectionProblems);
        var plan = extracted;
        var glossary = IndicatorGlossary.Default;
        var declared = new HashSet<string>(StringComparer.Ordinal);
        if (sidecars.Corrections is { IsEmpty: false } corrections)
        {
            plan = corrections.Apply(plan, out var applied);
            problems.AddRange(applied);
            glossary = glossary.With(corrections.Glossary);
            declared.UnionWith(corrections.Aliases.Select(a => a.Spelling));
        }

        // A spelling the corrections file declares is no longer a guess of the engine's.
        var own = plan.Problems.Where(p => !(p.Code == ProblemCode.PossibleUnitAlias && p.Subject is { } spelling && declared.Contains(spelling))).ToList();

        plan = TargetNamer.Name(plan, glossary, out var suffixed);
        foreach (var (node, mention, reserved) in suffixed)
        {
            var where = node.Path.Length == 0 ? "the text before the first heading" : node.Path;
            problems.Add(new ExtractionProblem(
                ProblemCode.TargetNameSuffixed,
                reserved is null
                    ? $"Another target of {where} already has the name this one would get from '{mention.Indicator}'; '{mention.Written}' is named {mention.Name}. "
                      + "Give it a name of its own in the plan's corrections file to keep it stable."
                    : $"The corrections file names '{mention.Written}' {reserved}, which the generated class of {where} already uses (a member of every node, "
                      + $"a child node or a node type); it is named {mention.Name}. Choose another name in the corrections file.",
                mention.Span));
        }

        problems.AddRange(sidecars.LockProblems);
        if (sidecars.Lock is { } locked)
        {
            problems.AddRange(locked.Compare(plan));
        }

        return own.Count == plan.Problems.Count && problems.Count == 0
            ? plan
            : plan with { Problems = own.Concat(problems).ToEquatableArray() };
    }
}
