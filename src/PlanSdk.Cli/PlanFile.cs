using System.Collections.Generic;
using PlanSdk.Extraction;

namespace PlanSdk.Cli;

/// <summary>A plan text read from disk.</summary>
/// <param name="DisplayPath">The path to show people (relative to the current directory when below it, with <c>/</c>).</param>
/// <param name="Id">The plan id: the file name without extension.</param>
/// <param name="Text">The decoded text, byte-order mark removed.</param>
/// <param name="Corrections">The plan's corrections file (<c>Zibo2024.plan.json</c> beside the text), parsed; null when there is none.</param>
/// <param name="CorrectionProblems">What was wrong with the corrections file.</param>
internal sealed record PlanFile(string DisplayPath, string Id, string Text, PlanCorrections? Corrections, IReadOnlyList<ExtractionProblem> CorrectionProblems)
{
    /// <summary>The plan as every part of PlanSdk reads it: extracted, corrected by its corrections file, targets named.</summary>
    public ExtractedPlan Read() => PlanReader.Read(Id, Text, Corrections, CorrectionProblems);
}
