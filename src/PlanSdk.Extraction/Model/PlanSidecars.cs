namespace PlanSdk.Extraction;

/// <summary>The files beside a plan text that finish it: its corrections (<c>.plan.json</c>) and its target lock (<c>.plan.lock</c>).</summary>
/// <remarks>A value record: the generator caches on it.</remarks>
/// <param name="Corrections">The parsed corrections file, or null.</param>
/// <param name="CorrectionProblems">What was wrong with the corrections file.</param>
/// <param name="Lock">The parsed lock file, or null.</param>
/// <param name="LockProblems">What was wrong with the lock file.</param>
public sealed record PlanSidecars(
    PlanCorrections? Corrections,
    EquatableArray<ExtractionProblem> CorrectionProblems,
    TargetLock? Lock,
    EquatableArray<ExtractionProblem> LockProblems)
{
    /// <summary>No corrections and no lock.</summary>
    public static PlanSidecars None { get; } = new(null, EquatableArray.Empty<ExtractionProblem>(), null, EquatableArray.Empty<ExtractionProblem>());
}
