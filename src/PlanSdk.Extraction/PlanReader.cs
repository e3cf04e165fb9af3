using PlanSdk.Extraction.Naming;

namespace PlanSdk.Extraction;

/// <summary>
/// Reads a plan the way every part of PlanSdk does, so that the CLI's export and the generated
/// code agree: extract (<see cref="PlanExtractor.Extract"/>), then finish (name the targets).
/// The source generator calls the two steps separately, to cache the costly extraction.
/// </summary>
public static class PlanReader
{
    /// <summary>Extracts a plan from its text and names its targets.</summary>
    /// <param name="planId">The plan id (<c>Zibo2024</c>).</param>
    /// <param name="text">The plan text as published.</param>
    /// <returns>The finished plan.</returns>
    public static ExtractedPlan Read(string planId, string text) => Finish(PlanExtractor.Extract(planId, text));

    /// <summary>Names the targets of an extracted plan with the curated glossary.</summary>
    /// <param name="extracted">A plan from <see cref="PlanExtractor.Extract"/>.</param>
    /// <returns>The plan with every target and actual named (<see cref="QuantityMention.Name"/>).</returns>
    public static ExtractedPlan Finish(ExtractedPlan extracted) => Finish(extracted, IndicatorGlossary.Default);

    /// <summary>Names the targets of an extracted plan with <paramref name="glossary"/>.</summary>
    /// <param name="extracted">A plan from <see cref="PlanExtractor.Extract"/>.</param>
    /// <param name="glossary">The glossary to name targets by.</param>
    /// <returns>The plan with every target and actual named.</returns>
    public static ExtractedPlan Finish(ExtractedPlan extracted, IndicatorGlossary glossary) =>
        TargetNamer.Name(extracted, glossary, out _);
}
