namespace PlanSdk;

/// <summary>
/// Criteria for a bulk query over a <see cref="PlanSet"/> (<see cref="PlanSet.Query"/>,
/// <see cref="PlanSet.CountMatches"/>): a target matches when it meets every criterion set; unset ones match all.
/// </summary>
/// <example>
/// Every goal in per cent at 90 or more, due by mid-2024:
/// <code>
/// plans.Query(new TargetQuery { Kind = TargetKind.Target, Unit = Unit.Percent, ValueAtLeast = 90, DueBy = new YearMonth(2024, 6) });
/// </code>
/// </example>
public sealed record TargetQuery
{
    /// <summary>The indicator measured, or a kind of it (<see cref="PlanSdk.Indicator.SigningRate"/> matches <c>老年人签约率</c>).</summary>
    public Indicator? Indicator { get; init; }

    /// <summary>The unit.</summary>
    public Unit? Unit { get; init; }

    /// <summary>The comparison.</summary>
    public Comparison? Comparison { get; init; }

    /// <summary>Goals or reported figures.</summary>
    public TargetKind? Kind { get; init; }

    /// <summary>The least <see cref="Target.Value"/> (for a range, its lower bound); a target whose value cannot be read does not match.</summary>
    public decimal? ValueAtLeast { get; init; }

    /// <summary>The greatest <see cref="Target.Value"/> (for a range, its lower bound); a target whose value cannot be read does not match.</summary>
    public decimal? ValueAtMost { get; init; }

    /// <summary>The last month a target may fall due (<see cref="Target.Due"/>); a target without a readable deadline does not match.</summary>
    public YearMonth? DueBy { get; init; }
}
