using System;
using System.Collections.Generic;

namespace PlanSdk;

/// <summary>
/// The units of a plan being built, looked up by any spelling. A spelling that no known unit has
/// becomes a unit of its own, so every <see cref="UnitRef"/> resolves.
/// </summary>
internal sealed class UnitTable
{
    private readonly List<ResponsibleUnit> _all = new();
    private readonly Dictionary<string, ResponsibleUnit> _bySpelling = new(StringComparer.Ordinal);

    public UnitTable(IEnumerable<ResponsibleUnit> units)
    {
        foreach (var unit in units)
        {
            Add(unit);
        }
    }

    /// <summary>Every unit, known ones first, then those made for unknown spellings, in first-seen order.</summary>
    public IReadOnlyList<ResponsibleUnit> All => _all;

    /// <summary>The reference for a spelling, adding a unit for it when no unit has that spelling.</summary>
    public UnitRef Resolve(string spelling)
    {
        if (!_bySpelling.TryGetValue(spelling, out var unit))
        {
            unit = new ResponsibleUnit(spelling, Array.Empty<string>(), isCollective: false);
            Add(unit);
        }

        return new UnitRef(spelling, unit);
    }

    private void Add(ResponsibleUnit unit)
    {
        _all.Add(unit);
        foreach (var spelling in unit.Aliases)
        {
            _bySpelling[spelling] = unit;
        }

        _bySpelling[unit.Name] = unit;
    }
}
