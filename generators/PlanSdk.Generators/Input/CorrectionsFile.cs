using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PlanSdk.Extraction;

namespace PlanSdk.Generators.Input;

/// <summary>A plan's corrections file (<c>plans/Zibo2024.plan.json</c>), parsed.</summary>
/// <remarks>A value record: it is the cache key of the steps that finish a plan.</remarks>
/// <param name="PlanPath">The path of the plan text it corrects: same folder, same id, <c>.txt</c>.</param>
/// <param name="Corrections">The corrections.</param>
/// <param name="Problems">What was wrong with the file, located in it.</param>
internal sealed record CorrectionsFile(string PlanPath, PlanCorrections Corrections, EquatableArray<ExtractionProblem> Problems)
{
    private const string Extension = ".plan.json";

    /// <summary>True for a corrections file: metadata <c>PlanSdkKind=Corrections</c>, or, without metadata, a <c>.plan.json</c> file.</summary>
    public static bool IsCorrections(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        if (options.GetOptions(file).TryGetValue(MsBuildNames.KindMetadata, out var kind) && kind.Length > 0)
        {
            return string.Equals(kind, MsBuildNames.CorrectionsKind, StringComparison.OrdinalIgnoreCase);
        }

        return file.Path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);
    }

    public static CorrectionsFile Read(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        var corrections = PlanCorrections.Parse(text, file.Path, out var problems);
        return new CorrectionsFile(SidecarIndex.PlanPathOf(file.Path, Extension), corrections, problems.ToEquatableArray());
    }
}
