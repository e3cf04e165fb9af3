using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PlanSdk.Extraction;

namespace PlanSdk.Generators.Diagnostics;

/// <summary>A diagnostic to report, as values: the problem and its location in a file (path, span, lines and columns).</summary>
/// <remarks>A value record: diagnostics are reported from their own cached output, apart from the generated source.</remarks>
/// <param name="Code">The engine's problem code.</param>
/// <param name="Message">The engine's sentence.</param>
/// <param name="FilePath">The file it is in; empty for a diagnostic about the project, which has no location.</param>
/// <param name="Span">Where in the file.</param>
internal sealed record DiagnosticInfo(ProblemCode Code, string Message, string FilePath, SourceSpan Span)
{
    public static DiagnosticInfo From(ExtractionProblem problem, string planPath) =>
        new(problem.Code, problem.Message, problem.FilePath ?? planPath, problem.Span);

    public Diagnostic ToDiagnostic()
    {
        if (FilePath.Length == 0)
        {
            return Diagnostic.Create(PlanDiagnosticDescriptors.For(Code), Location.None, Message);
        }

        var start = new LinePosition(Span.Line - 1, Span.Column - 1);
        var end = new LinePosition(Span.EndLine - 1, Span.EndColumn - 1);
        var location = Location.Create(FilePath, new TextSpan(Span.Start, Span.Length), new LinePositionSpan(start, end));
        return Diagnostic.Create(PlanDiagnosticDescriptors.For(Code), location, Message);
    }
}
