namespace PlanSdk.Extraction;

/// <summary>A numbered heading of the plan and the text it governs.</summary>
/// <remarks>A value record: it is part of the generator's cached pipeline model.</remarks>
/// <param name="Path">Numbers from the outermost level joined by <c>/</c> (<c>2/3/1</c>); <c>""</c> for the root.</param>
/// <param name="Kind">Root, section or task.</param>
/// <param name="Level">1 for the outermost numbered level, 0 for the root.</param>
/// <param name="Style">The numbering style of the marker.</param>
/// <param name="Number">The number of the marker (<c>(十四)</c> → 14).</param>
/// <param name="Marker">The marker as written (<c>(十四)</c>).</param>
/// <param name="Title">The heading text up to its first <c>。</c>, without the marker.</param>
/// <param name="Text">The node's own text (title and body, without child nodes), noise removed and PDF line breaks joined.</param>
/// <param name="Span">From the marker to the end of the node's own text, in the original text.</param>
/// <param name="Lead">Lead units, as spelled in the text.</param>
/// <param name="Participants">Participant units, as spelled in the text.</param>
/// <param name="Mentions">Quantity mentions in the node's own text, in document order.</param>
public sealed record OutlineNode(
    string Path,
    NodeKind Kind,
    int Level,
    NumberingStyle Style,
    int Number,
    string Marker,
    string Title,
    string Text,
    SourceSpan Span,
    EquatableArray<string> Lead,
    EquatableArray<string> Participants,
    EquatableArray<QuantityMention> Mentions);
