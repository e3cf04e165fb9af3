using System.Collections.Generic;

namespace PlanSdk;

/// <summary>
/// The fields bulk queries filter on, one small struct per target in one array (in the order of
/// <see cref="PlanSet.Targets"/>), so that a query scans contiguous memory instead of following a
/// reference per target. Units and indicators are numbered; a query turns its criteria into numbers once.
/// </summary>
internal sealed class TargetRows
{
    private const int NoDue = int.MaxValue;
    private const int KindMask = 0xFF;
    private const int ComparisonMask = 0xFF00;
    private const int HasValueBit = 0x10000;

    private readonly Target[] _targets;
    private readonly Row[] _rows;
    private readonly Dictionary<Unit, int> _unitIds = new();
    private readonly List<Indicator> _indicators = new();

    public TargetRows(Target[] targets)
    {
        _targets = targets;
        var indicatorIds = new Dictionary<Indicator, int>();
        _rows = new Row[targets.Length];
        for (var i = 0; i < targets.Length; i++)
        {
            var target = targets[i];
            var unit = -1;
            if (target.Unit is { } u && !_unitIds.TryGetValue(u, out unit))
            {
                unit = _unitIds.Count;
                _unitIds.Add(u, unit);
            }

            var indicator = -1;
            if (target.Indicator is { } measured && !indicatorIds.TryGetValue(measured, out indicator))
            {
                indicator = _indicators.Count;
                indicatorIds.Add(measured, indicator);
                _indicators.Add(measured);
            }

            _rows[i] = new Row(
                Flags(target.Kind, target.Comparison, target.Value is not null),
                unit,
                indicator,
                target.Due is { } due ? MonthNumber(due) : NoDue,
                target.Value ?? 0m);
        }
    }

    /// <summary>Adds every matching target to <paramref name="matches"/> (when given), in order; returns how many match.</summary>
    public int Match(TargetQuery query, List<Target>? matches)
    {
        // Criteria as numbers: -2 never matches a row, -1 (no unit, no indicator) only rows without one.
        var unit = query.Unit is { } u ? (_unitIds.TryGetValue(u, out var id) ? id : -2) : int.MinValue;
        bool[]? indicators = null;
        if (query.Indicator is { } wanted)
        {
            indicators = new bool[_indicators.Count];
            for (var i = 0; i < indicators.Length; i++)
            {
                indicators[i] = _indicators[i].IsA(wanted);
            }
        }

        // Kind, comparison and "has a value" are bits of one field: one test for the three.
        var needsValue = query.ValueAtLeast is not null || query.ValueAtMost is not null;
        var flagsMask = (query.Kind is null ? 0 : KindMask) | (query.Comparison is null ? 0 : ComparisonMask) | (needsValue ? HasValueBit : 0);
        var flagsWanted = Flags(query.Kind ?? default, query.Comparison ?? default, needsValue) & flagsMask;
        var hasLeast = query.ValueAtLeast is not null;
        var hasMost = query.ValueAtMost is not null;
        var least = query.ValueAtLeast ?? decimal.MinValue;
        var most = query.ValueAtMost ?? decimal.MaxValue;
        var dueBy = query.DueBy is { } month ? MonthNumber(month) : NoDue;
        var needsDue = query.DueBy is not null;

        var count = 0;
        var rows = _rows;
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var row = ref rows[i];
            if ((row.Flags & flagsMask) != flagsWanted
                || (unit != int.MinValue && row.Unit != unit)
                || (indicators is not null && (row.Indicator < 0 || !indicators[row.Indicator]))
                || (needsDue && row.Due > dueBy)
                || (hasLeast && row.Value < least)
                || (hasMost && row.Value > most))
            {
                continue;
            }

            count++;
            matches?.Add(_targets[i]);
        }

        return count;
    }

    private static int MonthNumber(YearMonth month) => (month.Year * 12) + month.Month - 1;

    private static int Flags(TargetKind kind, Comparison comparison, bool hasValue) =>
        ((int)kind & 0xFF) | (((int)comparison & 0xFF) << 8) | (hasValue ? HasValueBit : 0);

    private readonly struct Row
    {
        public Row(int flags, int unit, int indicator, int due, decimal value)
        {
            Flags = flags;
            Unit = unit;
            Indicator = indicator;
            Due = due;
            Value = value;
        }

        /// <summary>The kind (bits 0–7), the comparison (bits 8–15) and whether there is a value (bit 16).</summary>
        public int Flags { get; }

        public int Unit { get; }

        public int Indicator { get; }

        public int Due { get; }

        public decimal Value { get; }
    }
}
