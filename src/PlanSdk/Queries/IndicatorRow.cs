using System;
using System.Collections.Generic;

namespace PlanSdk;

/// <summary>One plan's row of a comparison across plans (<see cref="PlanSet.Compare"/>): what it states about an indicator.</summary>
public sealed class IndicatorRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="indicator">The indicator compared.</param>
    /// <param name="targets">The plan's targets and figures that measure the indicator or a kind of it, in document order.</param>
    public IndicatorRow(Plan plan, Indicator indicator, IReadOnlyList<Target> targets)
    {
        Plan = plan ?? throw new ArgumentNullException(nameof(plan));
        Indicator = indicator ?? throw new ArgumentNullException(nameof(indicator));
        Targets = targets ?? throw new ArgumentNullException(nameof(targets));
    }

    /// <summary>The plan.</summary>
    public Plan Plan { get; }

    /// <summary>The indicator compared.</summary>
    public Indicator Indicator { get; }

    /// <summary>The plan's targets and reported figures for the indicator or a kind of it; empty when it states none.</summary>
    public IReadOnlyList<Target> Targets { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Plan.Id}: {Targets.Count} × {Indicator}";
}
