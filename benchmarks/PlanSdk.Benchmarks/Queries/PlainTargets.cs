using System.Collections.Generic;
using System.Linq;

namespace PlanSdk.Benchmarks.Queries;

/// <summary>
/// The floor: the targets copied into one array of plain structs, with the indicator family as an
/// integer, as a hand-tuned program would hold them. Built once, outside the measurement.
/// </summary>
internal readonly struct PlainTarget
{
    public PlainTarget(int family, byte kind, bool percent, decimal value)
    {
        Family = family;
        Kind = kind;
        Percent = percent;
        Value = value;
    }

    /// <summary>The index in <see cref="Indicator.All"/> of the indicator's root, or -1.</summary>
    public int Family { get; }

    public byte Kind { get; }

    public bool Percent { get; }

    public decimal Value { get; }

    public static PlainTarget[] From(IEnumerable<Target> targets)
    {
        var roots = Indicator.All.Select((indicator, index) => (indicator, index)).ToDictionary(p => p.indicator, p => p.index);
        return targets.Select(t => new PlainTarget(
            t.Indicator is { } indicator && roots.TryGetValue(indicator.Root, out var family) ? family : -1,
            (byte)t.Kind,
            t.Unit == Unit.Percent,
            t.Value ?? decimal.MinValue)).ToArray();
    }

    public static int FamilyOf(Indicator indicator) => Indicator.All.ToList().IndexOf(indicator.Root);
}
