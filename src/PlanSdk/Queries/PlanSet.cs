using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace PlanSdk;

/// <summary>
/// Plans to query together: every signing-rate target across cities, every task a unit leads,
/// reported figures against targets. A generated <c>PlanCatalog.All</c> is one; build others from
/// any plans. Queries return read-only lists (LINQ works on them) from indexes built once each, on
/// the first query that needs them, so a repeated query does not allocate.
/// </summary>
/// <remarks>
/// The plans keep the order they are given in; every query lists its results in plan order and, within
/// a plan, in document order. A set holds one plan per id. It is safe to query from several threads.
/// </remarks>
public sealed class PlanSet : IReadOnlyList<Plan>
{
    private readonly Plan[] _plans;
    private readonly Dictionary<string, Plan> _byId;
    private PlanSetIndex? _index;

    /// <summary>Creates a set of plans.</summary>
    /// <param name="plans">The plans, in the order queries list them.</param>
    /// <exception cref="ArgumentException">Two plans have the same id (use <see cref="Union(PlanSet[])"/> to keep the first).</exception>
    public PlanSet(IEnumerable<Plan> plans)
    {
        _plans = new List<Plan>(plans ?? throw new ArgumentNullException(nameof(plans))).ToArray();
        _byId = new Dictionary<string, Plan>(StringComparer.Ordinal);
        foreach (var plan in _plans)
        {
            if (plan is null)
            {
                throw new ArgumentException("A plan set cannot hold null.", nameof(plans));
            }

            if (_byId.TryGetValue(plan.Id, out _))
            {
                throw new ArgumentException($"Two plans have the id '{plan.Id}'; a plan set holds one plan per id.", nameof(plans));
            }

            _byId.Add(plan.Id, plan);
        }
    }

    /// <summary>A set with no plans.</summary>
    public static PlanSet Empty { get; } = new(Array.Empty<Plan>());

    /// <summary>The number of plans.</summary>
    public int Count => _plans.Length;

    /// <summary>Every target and reported figure of every plan, in plan order and then document order.</summary>
    public IReadOnlyList<Target> Targets => Index.Targets;

    /// <summary>Every task of every plan, in plan order and then document order.</summary>
    public IReadOnlyList<PlanTask> Tasks => Index.Tasks;

    private PlanSetIndex Index => _index ?? LazyInitializer.EnsureInitialized(ref _index, () => new PlanSetIndex(_plans))!; // the delegate only on first use

    /// <summary>The plan at a position.</summary>
    /// <param name="index">The position, from 0.</param>
    /// <returns>The plan.</returns>
    public Plan this[int index] => _plans[index];

    /// <summary>
    /// The plans of several sets in one: the plans of the first set, then those of the next whose ids
    /// are not taken yet, and so on (the first plan with an id wins). Generated catalogues union the
    /// catalogues of the assemblies they reference this way.
    /// </summary>
    /// <param name="sets">The sets, in order of precedence.</param>
    /// <returns>The union.</returns>
    public static PlanSet Union(params PlanSet[] sets)
    {
        if ((sets ?? throw new ArgumentNullException(nameof(sets))).Length == 1)
        {
            return sets[0];
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var plans = new List<Plan>();
        foreach (var set in sets)
        {
            foreach (var plan in set._plans)
            {
                if (ids.Add(plan.Id))
                {
                    plans.Add(plan);
                }
            }
        }

        return new PlanSet(plans);
    }

    /// <summary>The plan with an id.</summary>
    /// <param name="id">The plan id (<c>Zibo2024</c>), compared ordinally.</param>
    /// <returns>The plan, or null when the set has none with that id.</returns>
    public Plan? Find(string id) => id is not null && _byId.TryGetValue(id, out var plan) ? plan : null;

    /// <summary>
    /// The targets and reported figures that measure an indicator or a kind of it:
    /// <see cref="Indicator.SigningRate"/> finds <c>全人群签约率</c> and <c>老年人签约率</c> in every plan.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The targets, in plan order and then document order.</returns>
    public IReadOnlyList<Target> TargetsOf(Indicator indicator) =>
        Index.OfIndicator(indicator ?? throw new ArgumentNullException(nameof(indicator)));

    /// <summary>The targets and reported figures in a unit (<see cref="Unit.Percent"/>).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The targets, in plan order and then document order.</returns>
    public IReadOnlyList<Target> TargetsIn(Unit unit) => Index.InUnit(unit);

    /// <summary>The targets and reported figures with a comparison (<see cref="Comparison.AtLeast"/>).</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The targets, in plan order and then document order.</returns>
    public IReadOnlyList<Target> TargetsWith(Comparison comparison) => Index.WithComparison(comparison);

    /// <summary>The goals (<see cref="TargetKind.Target"/>) or the reported figures (<see cref="TargetKind.Actual"/>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The targets, in plan order and then document order.</returns>
    public IReadOnlyList<Target> TargetsOfKind(TargetKind kind) => Index.OfKind(kind);

    /// <summary>The targets that fall due in a month or earlier (<see cref="Target.Due"/>); targets without a readable deadline are left out.</summary>
    /// <param name="month">The last month (<c>new YearMonth(2024, 6)</c>).</param>
    /// <returns>The targets, earliest due first, then in plan and document order.</returns>
    public IReadOnlyList<Target> TargetsDueBy(YearMonth month) => Index.DueBetween(null, month);

    /// <summary>The targets that fall due from one month to another, both included.</summary>
    /// <param name="from">The first month.</param>
    /// <param name="to">The last month.</param>
    /// <returns>The targets, earliest due first, then in plan and document order.</returns>
    public IReadOnlyList<Target> TargetsDue(YearMonth from, YearMonth to) => Index.DueBetween(from, to);

    /// <summary>
    /// The targets that meet every criterion of a query (indicator and its kinds, unit, comparison,
    /// kind, value bounds, due month), found by one scan of a compact table of their fields.
    /// </summary>
    /// <param name="query">The criteria.</param>
    /// <returns>The targets, in plan order and then document order; a new list per call.</returns>
    public IReadOnlyList<Target> Query(TargetQuery query) => Index.Query(query ?? throw new ArgumentNullException(nameof(query)));

    /// <summary>How many targets meet every criterion of a query (as <see cref="Query"/>, without listing them).</summary>
    /// <param name="query">The criteria.</param>
    /// <returns>The number of matching targets.</returns>
    public int CountMatches(TargetQuery query) => Index.Count(query ?? throw new ArgumentNullException(nameof(query)));

    /// <summary>
    /// The tasks and sections a unit leads, in every plan that names it by that spelling, its name or
    /// any alias of it (<c>委规信科</c> finds what <c>委规划信息科</c> leads).
    /// </summary>
    /// <param name="unit">A spelling of the unit, compared ordinally.</param>
    /// <returns>The nodes, in plan order and then document order.</returns>
    public IReadOnlyList<PlanNode> LedBy(string unit) => Index.LedBy(unit ?? throw new ArgumentNullException(nameof(unit)));

    /// <summary>The tasks and sections a unit leads or takes part in (any spelling, as <see cref="LedBy"/>).</summary>
    /// <param name="unit">A spelling of the unit, compared ordinally.</param>
    /// <returns>The nodes, in plan order and then document order.</returns>
    public IReadOnlyList<PlanNode> Involving(string unit) => Index.Involving(unit ?? throw new ArgumentNullException(nameof(unit)));

    /// <summary>The units of every plan that have a spelling as their name or an alias.</summary>
    /// <param name="spelling">A spelling (<c>委规信科</c>), compared ordinally.</param>
    /// <returns>The units, in plan order.</returns>
    public IReadOnlyList<ResponsibleUnit> UnitsSpelled(string spelling) => Index.UnitsSpelled(spelling ?? throw new ArgumentNullException(nameof(spelling)));

    /// <summary>
    /// The tasks and sections whose title or text holds a phrase (ordinal comparison; white space in
    /// the text, such as a PDF line break inside a word, is ignored).
    /// </summary>
    /// <param name="phrase">The phrase (<c>家庭医生</c>).</param>
    /// <returns>The nodes, in plan order and then document order; a new list per call.</returns>
    /// <remarks>Plans read from JSON have no node text: only their titles are searched.</remarks>
    public IReadOnlyList<PlanNode> Search(string phrase) => Index.Search(phrase ?? throw new ArgumentNullException(nameof(phrase)));

    /// <summary>
    /// Reported figures against targets: each actual of <paramref name="report"/> matched with a target
    /// of the same indicator and unit, stated in the report itself or in a plan of this set with the
    /// report's issuer and year. See <see cref="ActualCheck"/> for the rules;
    /// <see cref="Plan.CheckActuals(Plan)"/> checks against one plan of your choice.
    /// </summary>
    /// <param name="report">A plan or summary that reports actuals (<c>Zhoushan2019</c>).</param>
    /// <returns>One check per actual, in document order.</returns>
    public IReadOnlyList<ActualCheck> CheckActuals(Plan report) =>
        ActualMatcher.Check(report ?? throw new ArgumentNullException(nameof(report)), ActualMatcher.CandidatePlans(report, _plans));

    /// <summary>One indicator across the plans: a row per plan, with the targets and figures that measure it or a kind of it.</summary>
    /// <param name="indicator">The indicator (<see cref="Indicator.SigningRate"/>).</param>
    /// <returns>A row per plan of the set, in set order; a plan that states none has an empty row.</returns>
    public IReadOnlyList<IndicatorRow> Compare(Indicator indicator) => Index.Compare(indicator ?? throw new ArgumentNullException(nameof(indicator)));

    /// <summary>Enumerates the plans in order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<Plan> GetEnumerator() => ((IEnumerable<Plan>)_plans).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => $"{Count} plans";
}
