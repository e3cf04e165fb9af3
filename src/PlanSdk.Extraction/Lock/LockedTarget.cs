namespace PlanSdk.Extraction;

/// <summary>A target as the plan's lock file records it.</summary>
/// <remarks>A value record: it is part of the generator's cached pipeline model.</remarks>
/// <param name="Path">The node path (<c>15</c>).</param>
/// <param name="Name">The target's member name (<c>SigningRate</c>).</param>
/// <param name="Comparison">Its comparison.</param>
/// <param name="Value">Its value; null for a number that could not be read.</param>
/// <param name="Max">The upper bound of a range.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Kind">Target or actual.</param>
/// <param name="Line">The 1-based line of the entry in the lock file.</param>
/// <param name="Offset">The character offset of that line in the lock file.</param>
public sealed record LockedTarget(string Path, string Name, Comparison Comparison, decimal? Value, decimal? Max, string? Unit, TargetKind Kind, int Line, int Offset);
