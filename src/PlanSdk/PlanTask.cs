using System.Collections.Generic;

namespace PlanSdk;

/// <summary>
/// A task of a plan: a node of the innermost numbered level (Zibo 2024 task 15, path <c>15</c>).
/// Generated code derives from it to give a task its targets as members (<c>Zibo2024.Task15.SigningRate</c>).
/// </summary>
public class PlanTask : PlanNode
{
    /// <summary>Creates a task.</summary>
    /// <param name="path">The path (<c>15</c>, <c>6/16</c>).</param>
    /// <param name="number">The task's own number.</param>
    /// <param name="title">The heading text up to its first <c>。</c>.</param>
    /// <param name="text">The task's text, or null when unknown.</param>
    /// <param name="line">1-based line of the number.</param>
    /// <param name="targets">Targets stated in the task's text.</param>
    /// <param name="lead">Lead units, as spelled in the text.</param>
    /// <param name="participants">Participant units, as spelled in the text.</param>
    public PlanTask(
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
    public override PlanNodeKind Kind => PlanNodeKind.Task;
}
