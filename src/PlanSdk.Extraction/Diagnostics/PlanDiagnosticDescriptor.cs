namespace PlanSdk.Extraction.Diagnostics;

/// <summary>One diagnostic of the catalogue: what the compiler and <c>plansdk check</c> report for a kind of problem.</summary>
/// <param name="Id">The id, <c>PLAN</c> and three digits; never reused.</param>
/// <param name="Code">The engine's problem it reports.</param>
/// <param name="Title">A short title.</param>
/// <param name="Category">The category (<c>PlanSdk.Numbers</c>…).</param>
/// <param name="Severity">The default severity.</param>
public sealed record PlanDiagnosticDescriptor(string Id, ProblemCode Code, string Title, string Category, PlanDiagnosticSeverity Severity)
{
    /// <summary>The help page of the diagnostic in the repository.</summary>
    public string HelpLink => DiagnosticCatalog.HelpLinkBase + Id + ".md";
}
