namespace PlanSdk;

/// <summary>How a reported figure stands against its target (<see cref="ActualCheck"/>).</summary>
public enum ActualStatus
{
    /// <summary>A target of the same indicator and unit was found, and the figure meets it (<see cref="Target.IsMetBy"/>).</summary>
    Met,

    /// <summary>A target of the same indicator and unit was found, and the figure falls short of it.</summary>
    NotMet,

    /// <summary>No target measures the same indicator in the same unit.</summary>
    NoTarget,

    /// <summary>A target was found, but the figure or the target's value cannot be read (<see cref="Target.Malformed"/>).</summary>
    Unreadable,
}
