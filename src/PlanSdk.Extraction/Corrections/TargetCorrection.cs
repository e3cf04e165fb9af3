namespace PlanSdk.Extraction;

/// <summary>
/// One entry of a corrections file's <c>targets</c>: it addresses a quantity mention of a node by a
/// piece of its written form or clause and sets fields on it or drops it, or it adds a target the
/// engine missed to the node.
/// </summary>
/// <remarks>A value record: it is part of the generator's cached corrections.</remarks>
/// <param name="Path">The node's path, as in <see cref="OutlineNode.Path"/> (<c>""</c> for the root).</param>
/// <param name="Mention">Text that occurs in exactly one mention of the node (its written form, else its clause); null for an addition.</param>
/// <param name="Drop">True to remove the mention from the plan.</param>
/// <param name="IsAddition">True when the entry adds a target (<c>add</c>) instead of correcting one.</param>
/// <param name="Edit">The fields to set on the mention, or the fields of the added target.</param>
/// <param name="Span">Where the entry is written in the corrections file.</param>
/// <param name="PathSpan">Where its <c>path</c> value is written.</param>
/// <param name="MentionSpan">Where its <c>mention</c> value (or its <c>add</c> object) is written.</param>
/// <param name="NameSpan">Where its <c>name</c> value is written, when it sets one.</param>
public sealed record TargetCorrection(
    string Path,
    string? Mention,
    bool Drop,
    bool IsAddition,
    MentionEdit Edit,
    SourceSpan Span,
    SourceSpan PathSpan,
    SourceSpan MentionSpan,
    SourceSpan? NameSpan);
