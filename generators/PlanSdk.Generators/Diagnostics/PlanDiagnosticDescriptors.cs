using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PlanSdk.Extraction;
using PlanSdk.Extraction.Diagnostics;

namespace PlanSdk.Generators.Diagnostics;

/// <summary>
/// The Roslyn descriptors of the diagnostic catalogue (<see cref="DiagnosticCatalog"/>): one per
/// PLAN id, built from the catalogue so that the generator and <c>plansdk check</c> cannot disagree.
/// The message is the engine's own sentence about the problem.
/// </summary>
internal static class PlanDiagnosticDescriptors
{
    private static readonly Dictionary<ProblemCode, DiagnosticDescriptor> ByCode = DiagnosticCatalog.All.ToDictionary(
        entry => entry.Code,
        entry => new DiagnosticDescriptor(
            entry.Id,
            entry.Title,
            "{0}",
            entry.Category,
            Severity(entry.Severity),
            isEnabledByDefault: true,
            helpLinkUri: entry.HelpLink));

    public static DiagnosticDescriptor For(ProblemCode code) => ByCode[code];

    private static DiagnosticSeverity Severity(PlanDiagnosticSeverity severity) => severity switch
    {
        PlanDiagnosticSeverity.Error => DiagnosticSeverity.Error,
        PlanDiagnosticSeverity.Warning => DiagnosticSeverity.Warning,
        PlanDiagnosticSeverity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };
}
