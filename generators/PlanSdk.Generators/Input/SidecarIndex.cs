using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using PlanSdk.Extraction;

namespace PlanSdk.Generators.Input;

/// <summary>Every corrections and lock file of the project, found by the path of the plan they belong to.</summary>
/// <remarks>A value record: combined with each plan, an unchanged index leaves every plan's steps cached.</remarks>
/// <param name="Corrections">The corrections files, ordered by plan path.</param>
/// <param name="Locks">The lock files, ordered by plan path.</param>
internal sealed record SidecarIndex(EquatableArray<CorrectionsFile> Corrections, EquatableArray<LockFile> Locks)
{
    public static SidecarIndex From(ImmutableArray<CorrectionsFile> corrections, ImmutableArray<LockFile> locks) => new(
        corrections.OrderBy(f => f.PlanPath, StringComparer.Ordinal).ToEquatableArray(),
        locks.OrderBy(f => f.PlanPath, StringComparer.Ordinal).ToEquatableArray());

    /// <summary>The plan a sidecar belongs to: <c>plans/Zibo2024.plan.json</c> → <c>plans/Zibo2024.txt</c>.</summary>
    public static string PlanPathOf(string sidecarPath, string extension) =>
        sidecarPath.EndsWith(extension, StringComparison.OrdinalIgnoreCase)
            ? sidecarPath.Substring(0, sidecarPath.Length - extension.Length) + ".txt"
            : Path.ChangeExtension(sidecarPath, ".txt");

    public PlanSidecars For(string planPath)
    {
        var corrections = Corrections.FirstOrDefault(f => string.Equals(f.PlanPath, planPath, StringComparison.OrdinalIgnoreCase));
        var planLock = Locks.FirstOrDefault(f => string.Equals(f.PlanPath, planPath, StringComparison.OrdinalIgnoreCase));
        return corrections is null && planLock is null
            ? PlanSidecars.None
            : new PlanSidecars(
                corrections?.Corrections,
                corrections?.Problems ?? EquatableArray.Empty<ExtractionProblem>(),
                planLock?.Lock,
                planLock?.Problems ?? EquatableArray.Empty<ExtractionProblem>());
    }
}
