using System.Collections.Generic;

namespace PlanSdk.Extraction;

/// <summary>Everything the engine read from one plan document.</summary>
/// <remarks>A value record: it is the generator's cached pipeline model for one plan file.</remarks>
/// <param name="Id">The plan id (from the file name, e.g. <c>Zibo2024</c>).</param>
/// <param name="Title">The document title, when found.</param>
/// <param name="Issuer">The issuing body, when found.</param>
/// <param name="Year">The plan year, when found.</param>
/// <param name="Root">The text before the first numbered heading (path <c>""</c>).</param>
/// <param name="Nodes">Every numbered node, in document order.</param>
/// <param name="Units">Every responsible unit named, with its spellings.</param>
/// <param name="Problems">What was wrong with the text, in document order.</param>
public sealed record ExtractedPlan(
    string Id,
    string? Title,
    string? Issuer,
    int? Year,
    OutlineNode Root,
    EquatableArray<OutlineNode> Nodes,
    EquatableArray<ResponsibleUnitEntry> Units,
    EquatableArray<ExtractionProblem> Problems)
{
    /// <summary>All nodes including the root, in document order.</summary>
    /// <returns>The root first, then the numbered nodes.</returns>
    public IEnumerable<OutlineNode> AllNodes()
    {
        yield return Root;
        foreach (var node in Nodes)
        {
            yield return node;
        }
    }
}
