using System;
using System.Collections.Generic;
using System.Linq;

namespace PlanSdk;

/// <summary>
/// A unit (department, office, institution) named in the plan's responsibility clauses, with
/// every spelling the plan uses for it: <c>委规划信息科</c>, also written <c>委规信科</c>.
/// </summary>
/// <remarks>A unit belongs to one plan: the plan that lists it fills in <see cref="Leads"/> and <see cref="TakesPartIn"/>.</remarks>
public sealed class ResponsibleUnit
{
    private readonly List<PlanNode> _leads = new();
    private readonly List<PlanNode> _takesPartIn = new();

    /// <summary>Creates a unit.</summary>
    /// <param name="name">The canonical (fullest) spelling.</param>
    /// <param name="aliases">Other spellings of the same unit, in first-seen order.</param>
    /// <param name="isCollective">True for a phrase naming a group of units (<c>委机关各相关科室</c>).</param>
    public ResponsibleUnit(string name, IEnumerable<string> aliases, bool isCollective)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Aliases = (aliases ?? throw new ArgumentNullException(nameof(aliases))).ToArray();
        IsCollective = isCollective;
    }

    /// <summary>The canonical spelling (<c>委规划信息科</c>).</summary>
    public string Name { get; }

    /// <summary>Other spellings of the same unit (<c>委规信科</c>), in first-seen order.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>True for a phrase naming a group of units, kept as written (<c>委机关各科室</c>).</summary>
    public bool IsCollective { get; }

    /// <summary>The tasks (and sections) this unit leads, in document order.</summary>
    public IReadOnlyList<PlanNode> Leads => _leads;

    /// <summary>The tasks (and sections) this unit takes part in as a participant, in document order.</summary>
    public IReadOnlyList<PlanNode> TakesPartIn => _takesPartIn;

    /// <summary>True when <paramref name="spelling"/> is the name or one of the aliases (ordinal comparison).</summary>
    /// <param name="spelling">A spelling from the text.</param>
    /// <returns>True when it names this unit.</returns>
    public bool IsSpelledAs(string spelling) =>
        string.Equals(Name, spelling, StringComparison.Ordinal) || Aliases.Contains(spelling, StringComparer.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Records that <paramref name="node"/> names this unit as lead or participant (once per node).</summary>
    internal void Attach(PlanNode node, bool lead)
    {
        var list = lead ? _leads : _takesPartIn;
        if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], node))
        {
            list.Add(node);
        }
    }
}
