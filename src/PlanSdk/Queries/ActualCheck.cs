using System;
using System.Collections.Generic;

namespace PlanSdk;

/// <summary>
/// A reported figure (<see cref="TargetKind.Actual"/>) checked against the plan's target for it:
/// <c>截至目前全市签约率达到31.57%</c> against <c>全人群签约率达61%以上</c>.
/// </summary>
/// <remarks>
/// The target is the first goal, in plan and document order, that measures the same indicator
/// (<see cref="Target.Indicator"/>; when either has none, the same written indicator, white space
/// ignored) in the same unit, preferring one whose written indicator is the figure's own. Goals that
/// measure another indicator of the same family (<see cref="Indicator.Root"/>) are listed as
/// <see cref="Related"/>, for a reader to judge: a city-wide signing rate is not the priority groups' one.
/// </remarks>
public sealed class ActualCheck
{
    /// <summary>Creates a check.</summary>
    /// <param name="actual">The reported figure.</param>
    /// <param name="target">The target it is checked against, or null.</param>
    /// <param name="status">The outcome.</param>
    /// <param name="related">Goals of a related indicator.</param>
    public ActualCheck(Target actual, Target? target, ActualStatus status, IReadOnlyList<Target> related)
    {
        Actual = actual ?? throw new ArgumentNullException(nameof(actual));
        Target = target;
        Status = status;
        Related = related ?? throw new ArgumentNullException(nameof(related));
    }

    /// <summary>The reported figure.</summary>
    public Target Actual { get; }

    /// <summary>The target of the same indicator and unit, or null (<see cref="ActualStatus.NoTarget"/>).</summary>
    public Target? Target { get; }

    /// <summary>Met, not met, no target, or unreadable.</summary>
    public ActualStatus Status { get; }

    /// <summary>Goals of another indicator of the same family (<c>重点人群签约服务覆盖率</c> for a <c>签约率</c>), not compared.</summary>
    public IReadOnlyList<Target> Related { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Actual.Text}: {Status}" + (Target is null ? string.Empty : $" ({Target.Text})");
}
