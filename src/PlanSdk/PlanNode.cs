using System;
using System.Collections.Generic;
using System.Linq;

namespace PlanSdk;

/// <summary>
/// A node of a plan's outline: a numbered section or task, or the root (the text before the
/// first numbered heading). The hierarchy is closed: <see cref="Section"/>, <see cref="PlanTask"/>
/// and <see cref="PlanRoot"/>.
/// </summary>
public abstract class PlanNode
{
    private Plan? _plan;

    private protected PlanNode(
        string path,
        int number,
        string title,
        string? text,
        int line,
        IEnumerable<Target> targets,
        IEnumerable<UnitRef> lead,
        IEnumerable<UnitRef> participants)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Number = number;
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Text = text;
        Line = line;
        Targets = (targets ?? throw new ArgumentNullException(nameof(targets))).ToArray();
        Lead = (lead ?? throw new ArgumentNullException(nameof(lead))).ToArray();
        Participants = (participants ?? throw new ArgumentNullException(nameof(participants))).ToArray();
        foreach (var target in Targets)
        {
            if (!string.Equals(target.Path, path, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Target '{target.Text}' has path '{target.Path}', not the node's path '{path}'.", nameof(targets));
            }

            target.AttachTo(this);
        }
    }

    /// <summary>The plan the node belongs to.</summary>
    /// <exception cref="InvalidOperationException">The node has not been given to a <see cref="PlanSdk.Plan"/> yet.</exception>
    public Plan Plan => _plan ?? throw new InvalidOperationException($"Node '{Path}' belongs to no plan yet: pass it to a Plan.");

    /// <summary>The numbers from the outermost level joined by <c>/</c> (<c>6/16</c>); <c>""</c> for the root.</summary>
    public string Path { get; }

    /// <summary>Root, section or task.</summary>
    public abstract PlanNodeKind Kind { get; }

    /// <summary>The node's own number (<c>(十四)</c> → 14), the last part of <see cref="Path"/>; 0 for the root.</summary>
    public int Number { get; }

    /// <summary>The heading text up to its first <c>。</c>, without the number; empty for the root.</summary>
    public string Title { get; }

    /// <summary>
    /// The node's own text (title and body, without child nodes), noise removed; null when the
    /// plan was read from JSON, which does not carry it.
    /// </summary>
    public string? Text { get; }

    /// <summary>1-based line of the node's number in the document (where the preamble starts, for the root).</summary>
    public int Line { get; }

    /// <summary>The goals and reported figures stated in the node's own text, in document order.</summary>
    public IReadOnlyList<Target> Targets { get; }

    /// <summary>Lead units (before <c>牵头</c>), spelled as in the text.</summary>
    public IReadOnlyList<UnitRef> Lead { get; }

    /// <summary>Participant units (before <c>参与落实</c> and similar), spelled as in the text.</summary>
    public IReadOnlyList<UnitRef> Participants { get; }

    /// <summary>
    /// The path of the enclosing node: <c>6</c> for <c>6/16</c>, <c>""</c> (the root) for a
    /// top-level node, null for the root itself. The root path is given even when the plan does
    /// not list the root (it lists it only when it holds targets).
    /// </summary>
    public string? ParentPath => Path.Length == 0
        ? null
        : Path.LastIndexOf('/') is var slash && slash < 0 ? string.Empty : Path.Substring(0, slash);

    /// <summary>The depth of the node: 0 for the root, 1 for the outermost numbered level.</summary>
    public int Depth => Path.Length == 0 ? 0 : Path.Count(c => c == '/') + 1;

    /// <summary>Records the plan the node belongs to (once, when the plan is built).</summary>
    internal void AttachTo(Plan plan)
    {
        if (_plan is not null && !ReferenceEquals(_plan, plan))
        {
            throw new InvalidOperationException($"Node '{Path}' already belongs to plan '{_plan.Id}': a node belongs to one plan.");
        }

        _plan = plan;
        foreach (var target in Targets)
        {
            target.ResolveDue(plan.Year);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Path.Length == 0 ? "(root)" : $"{Path} {Title}";
}
