namespace PlanSdk.Extraction.Diagnostics;

/// <summary>How serious a plan diagnostic is by default (the compiler's levels; projects can change them).</summary>
public enum PlanDiagnosticSeverity
{
    /// <summary>Not shown unless asked for.</summary>
    Hidden,

    /// <summary>For information: something to look at, not wrong.</summary>
    Info,

    /// <summary>Probably wrong: the plan still compiles, the figure or structure is doubtful.</summary>
    Warning,

    /// <summary>Wrong: the build fails until it is fixed.</summary>
    Error,
}
