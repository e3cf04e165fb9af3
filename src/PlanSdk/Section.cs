using System.Collections.Generic;

namespace PlanSdk;

/// <summary>A part or section of a plan: a numbered node above the innermost level (<c>一、</c> in a plan whose tasks are <c>(一)</c>).</summary>
/// <remarks>Generated code derives from it to give a section its targets and sub-items as members.</remarks>
public class Section : PlanNode
{
    /// <summary>Creates a section.</summary>
    /// <param name="path">The path (<c>6</c>, <c>2/3</c>).</param>
    /// <param name="number">The section's own number.</param>
    /// <param name="title">The heading text up to its first <c>。</c>.</param>
    /// <param name="text">The section's own text (intro), or null when unknown.</param>
    /// <param name="line">1-based line of the number.</param>
    /// <param name="targets">Targets stated in the section's own text (intro).</param>
    /// <param name="lead">Lead units, as spelled in the text.</param>
    /// <param name="participants">Participant units, as spelled in the text.</param>
    public Section(
        string path,
        int number,
        string title,
        string? text,
        int line,
        IEnumerable<Target> targets,
        IEnumerable<UnitRef> lead,
        IEnumerable<UnitRef> participants)
        : base(path, number, title, text, line, targets, lead, participants)
    {
    }

    /// <inheritdoc />
    public override PlanNodeKind Kind => PlanNodeKind.Section;
}
