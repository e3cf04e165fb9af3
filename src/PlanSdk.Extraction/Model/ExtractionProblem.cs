namespace PlanSdk.Extraction;

/// <summary>A problem found in a plan text, located in the original text.</summary>
/// <remarks>A value record: it is part of the generator's cached pipeline model.</remarks>
/// <param name="Code">What kind of problem it is.</param>
/// <param name="Message">A sentence for people, naming the text concerned.</param>
/// <param name="Span">Where it is.</param>
/// <param name="FilePath">The file it is in when that is not the plan text itself (a corrections or lock file), else null.</param>
/// <param name="Subject">The text the problem is about when code needs it (a unit spelling), else null.</param>
public sealed record ExtractionProblem(ProblemCode Code, string Message, SourceSpan Span, string? FilePath = null, string? Subject = null);
