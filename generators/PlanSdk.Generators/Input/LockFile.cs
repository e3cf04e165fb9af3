using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PlanSdk.Extraction;

namespace PlanSdk.Generators.Input;

/// <summary>A plan's target lock file (<c>plans/Zibo2024.plan.lock</c>), parsed.</summary>
/// <remarks>A value record: it is the cache key of the steps that finish a plan.</remarks>
/// <param name="PlanPath">The path of the plan text it locks: same folder, same id, <c>.txt</c>.</param>
/// <param name="Lock">The lock.</param>
/// <param name="Problems">Lines of the file that could not be read.</param>
internal sealed record LockFile(string PlanPath, TargetLock Lock, EquatableArray<ExtractionProblem> Problems)
{
    /// <summary>True for a lock file: metadata <c>PlanSdkKind=Lock</c>, or, without metadata, a <c>.plan.lock</c> file.</summary>
    public static bool IsLock(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        if (options.GetOptions(file).TryGetValue(MsBuildNames.KindMetadata, out var kind) && kind.Length > 0)
        {
            return string.Equals(kind, MsBuildNames.LockKind, StringComparison.OrdinalIgnoreCase);
        }

        return file.Path.EndsWith(TargetLock.Extension, StringComparison.OrdinalIgnoreCase);
    }

    public static LockFile Read(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        var targetLock = TargetLock.Parse(text, file.Path, out var problems);
        return new LockFile(SidecarIndex.PlanPathOf(file.Path, TargetLock.Extension), targetLock, problems.ToEquatableArray());
    }
}
