using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace PlanSdk;

/// <summary>
/// The indexes behind <see cref="PlanSet"/>'s queries: targets by indicator, unit, comparison, kind
/// and due month; nodes by every spelling of their units. Each index is built on the first query that
/// needs it (a first query pays for its own index only, which matters cold: building every index is
/// mostly JIT-compiling code for it). Each index entry is an array in plan and document order, handed
/// out as it is.
/// </summary>
internal sealed class PlanSetIndex
{
    private readonly Plan[] _plans;
    private readonly PlanNode[] _nodes;
    private readonly Lazy<Dictionary<Target, int>> _order;
    private readonly Lazy<Dictionary<PlanNode, int>> _nodeOrder;
    private readonly Lazy<Dictionary<Indicator, Target[]>> _byIndicator;
    private readonly ConcurrentDictionary<Indicator, Target[]> _byIndicatorAndNarrower = new();
    private readonly ConcurrentDictionary<Indicator, IndicatorRow[]> _rows = new();
    private readonly Lazy<Dictionary<Unit, Target[]>> _byUnit;
    private readonly Lazy<Dictionary<Comparison, Target[]>> _byComparison;
    private readonly Lazy<Dictionary<TargetKind, Target[]>> _byKind;
    private readonly Lazy<Target[]> _byDue;
    private readonly Lazy<Dictionary<string, ResponsibleUnit[]>> _unitsBySpelling;
    private readonly Lazy<Dictionary<string, PlanNode[]>> _ledBy;
    private readonly Lazy<Dictionary<string, PlanNode[]>> _involving;
    private readonly Lazy<TargetRows> _targetRows;

    public PlanSetIndex(Plan[] plans)
    {
        _plans = plans;
        Targets = plans.SelectMany(plan => plan.Targets).ToArray();
        Tasks = plans.SelectMany(plan => plan.Tasks).ToArray();
        _nodes = plans.SelectMany(plan => plan.Nodes).ToArray();
        _order = new(() => Positions(Targets));
        _nodeOrder = new(() => Positions(_nodes));

        _byIndicator = new(() => Group(Targets.Where(t => t.Indicator is not null), t => t.Indicator!));
        _byUnit = new(() => Group(Targets.Where(t => t.Unit is not null), t => t.Unit!.Value));
        _byComparison = new(() => Group(Targets, t => t.Comparison));
        _byKind = new(() => Group(Targets, t => t.Kind));
        _byDue = new(() => Targets.Where(t => t.Due is not null).OrderBy(t => t.Due!.Value).ThenBy(t => _order.Value[t]).ToArray());
        _targetRows = new(() => new TargetRows(Targets));

        _unitsBySpelling = new(() => Group(
            plans.SelectMany(plan => plan.Units)
                .SelectMany(unit => unit.Aliases.Prepend(unit.Name).Distinct(StringComparer.Ordinal), (unit, spelling) => (unit, spelling)),
            pair => pair.spelling,
            pair => pair.unit,
            StringComparer.Ordinal));
        _ledBy = new(() => _unitsBySpelling.Value.ToDictionary(
            pair => pair.Key,
            pair => InDocumentOrder(pair.Value.SelectMany(unit => unit.Leads)),
            StringComparer.Ordinal));
        _involving = new(() => _unitsBySpelling.Value.ToDictionary(
            pair => pair.Key,
            pair => InDocumentOrder(pair.Value.SelectMany(unit => unit.Leads.Concat(unit.TakesPartIn))),
            StringComparer.Ordinal));
    }

    public Target[] Targets { get; }

    public PlanTask[] Tasks { get; }

    private TargetRows Rows => _targetRows.Value;

    public IReadOnlyList<Target> OfIndicator(Indicator indicator)
    {
        if (indicator.Narrower.Count == 0)
        {
            return _byIndicator.Value.TryGetValue(indicator, out var exact) ? exact : Array.Empty<Target>();
        }

        // Looked up first, so that a repeated query allocates nothing (not even GetOrAdd's closure).
        return _byIndicatorAndNarrower.TryGetValue(indicator, out var cached)
            ? cached
            : _byIndicatorAndNarrower.GetOrAdd(indicator, key =>
                _byIndicator.Value.Where(pair => pair.Key.IsA(key)).SelectMany(pair => pair.Value).OrderBy(t => _order.Value[t]).ToArray());
    }

    public IReadOnlyList<Target> Query(TargetQuery query)
    {
        var matches = new List<Target>();
        Rows.Match(query, matches);
        return matches;
    }

    public int Count(TargetQuery query) => Rows.Match(query, null);

    public IReadOnlyList<Target> InUnit(Unit unit) => _byUnit.Value.TryGetValue(unit, out var targets) ? targets : Array.Empty<Target>();

    public IReadOnlyList<Target> WithComparison(Comparison comparison) => _byComparison.Value.TryGetValue(comparison, out var targets) ? targets : Array.Empty<Target>();

    public IReadOnlyList<Target> OfKind(TargetKind kind) => _byKind.Value.TryGetValue(kind, out var targets) ? targets : Array.Empty<Target>();

    public IReadOnlyList<Target> DueBetween(YearMonth? from, YearMonth to)
    {
        var start = from is { } first ? FirstDueAfter(first, inclusive: true) : 0;
        var end = FirstDueAfter(to, inclusive: false);
        return end <= start ? Array.Empty<Target>() : new ArraySlice<Target>(_byDue.Value, start, end - start);
    }

    public IReadOnlyList<PlanNode> LedBy(string spelling) => _ledBy.Value.TryGetValue(spelling, out var nodes) ? nodes : Array.Empty<PlanNode>();

    public IReadOnlyList<PlanNode> Involving(string spelling) => _involving.Value.TryGetValue(spelling, out var nodes) ? nodes : Array.Empty<PlanNode>();

    public IReadOnlyList<ResponsibleUnit> UnitsSpelled(string spelling) =>
        _unitsBySpelling.Value.TryGetValue(spelling, out var units) ? units : Array.Empty<ResponsibleUnit>();

    public IReadOnlyList<PlanNode> Search(string phrase)
    {
        var found = new List<PlanNode>();
        if (phrase.Length == 0)
        {
            return found;
        }

        foreach (var node in _nodes)
        {
            if (TextSearch.Contains(node.Title, phrase) || (node.Text is { } text && TextSearch.Contains(text, phrase)))
            {
                found.Add(node);
            }
        }

        return found;
    }

    public IReadOnlyList<IndicatorRow> Compare(Indicator indicator) => _rows.TryGetValue(indicator, out var cached) ? cached : _rows.GetOrAdd(indicator, key =>
    {
        var targets = OfIndicator(key).ToLookup(t => t.Plan);
        return _plans.Select(plan => new IndicatorRow(plan, key, targets[plan].ToArray())).ToArray();
    });

    private static Dictionary<TKey, T[]> Group<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
        where TKey : notnull =>
        Group(items, key, item => item, EqualityComparer<TKey>.Default);

    private static Dictionary<TKey, TValue[]> Group<T, TKey, TValue>(IEnumerable<T> items, Func<T, TKey> key, Func<T, TValue> value, IEqualityComparer<TKey> comparer)
        where TKey : notnull =>
        items.GroupBy(key, value, comparer).ToDictionary(group => group.Key, group => group.ToArray(), comparer);

    /// <summary>Each item's position in <paramref name="items"/> (runtime model objects compare by reference).</summary>
    private static Dictionary<T, int> Positions<T>(T[] items)
        where T : class
    {
        var positions = new Dictionary<T, int>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            positions[items[i]] = i;
        }

        return positions;
    }

    /// <summary>Nodes once each, in plan order and then document order.</summary>
    private PlanNode[] InDocumentOrder(IEnumerable<PlanNode> nodes) =>
        nodes.Distinct().OrderBy(node => _nodeOrder.Value[node]).ToArray();

    /// <summary>The position in <see cref="_byDue"/> of the first target due after <paramref name="month"/> (or in it, when inclusive).</summary>
    private int FirstDueAfter(YearMonth month, bool inclusive)
    {
        var byDue = _byDue.Value;
        int low = 0, high = byDue.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            var due = byDue[middle].Due!.Value;
            if (inclusive ? due < month : due <= month)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
