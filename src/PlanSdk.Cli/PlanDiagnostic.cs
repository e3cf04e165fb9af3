using System.Globalization;
using PlanSdk.Extraction;
using PlanSdk.Extraction.Diagnostics;

namespace PlanSdk.Cli;

/// <summary>A problem of a plan as <c>plansdk check</c> reports it: the same id, severity and message as the build's diagnostic.</summary>
/// <param name="File">The file it is in (the plan, or its corrections or lock file).</param>
/// <param name="Problem">The engine's problem.</param>
internal sealed record PlanDiagnostic(string File, ExtractionProblem Problem)
{
    public PlanDiagnosticDescriptor Descriptor => DiagnosticCatalog.For(Problem.Code);

    /// <summary>The severity as MSBuild writes it: <c>error</c>, <c>warning</c>, <c>info</c>, <c>hidden</c>.</summary>
    public string Severity => Descriptor.Severity switch
    {
        PlanDiagnosticSeverity.Error => "error",
        PlanDiagnosticSeverity.Warning => "warning",
        PlanDiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    public bool IsError => Descriptor.Severity == PlanDiagnosticSeverity.Error;

    /// <summary>MSBuild's form: <c>plans/Zibo2024.txt(46,91): warning PLAN101: …</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}({Problem.Span.Line},{Problem.Span.Column}): {Severity} {Descriptor.Id}: {Problem.Message}");
}
