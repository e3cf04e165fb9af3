using System;

namespace PlanSdk;

/// <summary>
/// A unit as one node's responsibility clause names it: the spelling used there (which the
/// export prints) and the plan's canonical unit it resolves to.
/// </summary>
public sealed class UnitRef
{
    /// <summary>Creates a reference.</summary>
    /// <param name="name">The spelling used in the clause (<c>委规信科</c>).</param>
    /// <param name="unit">The plan's unit with that spelling as its name or an alias.</param>
    public UnitRef(string name, ResponsibleUnit unit)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Unit = unit ?? throw new ArgumentNullException(nameof(unit));
    }

    /// <summary>The spelling used in the clause; this is what the JSON export writes.</summary>
    public string Name { get; }

    /// <summary>The canonical unit (<see cref="ResponsibleUnit.Name"/> is its fullest spelling).</summary>
    public ResponsibleUnit Unit { get; }

    /// <summary>True when the clause uses an alias rather than the canonical name.</summary>
    public bool IsAlias => !string.Equals(Name, Unit.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Name;
}
