using System;
using System.Collections.Generic;
using System.Linq;
using PlanSdk.Extraction.Corrections;

namespace PlanSdk.Extraction;

/// <summary>
/// A plan's corrections file (<c>Zibo2024.plan.json</c> next to <c>Zibo2024.txt</c>): corrections to
/// the engine's reading that leave the published text as it is. It extends the naming glossary,
/// declares spellings of one responsible unit, and corrects, drops or adds targets, addressing each
/// by node path and a piece of its text, never by line number. The format is described in the
/// engine's README ("Corrections").
/// </summary>
/// <remarks>A value record: the source generator caches it.</remarks>
/// <param name="FilePath">The corrections file, as given to <see cref="Parse"/>; problems name it.</param>
/// <param name="Glossary">Indicator words and the C# member names they give (<c>筛查覆盖率</c> → <c>ScreeningCoverageRate</c>), in file order.</param>
/// <param name="Aliases">Unit spellings and their canonical spelling, in file order.</param>
/// <param name="Targets">Target corrections and additions, in file order.</param>
public sealed record PlanCorrections(
    string FilePath,
    EquatableArray<(string Indicator, string Name)> Glossary,
    EquatableArray<UnitAlias> Aliases,
    EquatableArray<TargetCorrection> Targets)
{
    /// <summary>True when the file corrects nothing.</summary>
    public bool IsEmpty => Glossary.IsEmpty && Aliases.IsEmpty && Targets.IsEmpty;

    /// <summary>Corrections that correct nothing.</summary>
    /// <param name="filePath">The corrections file they stand for.</param>
    /// <returns>Empty corrections.</returns>
    public static PlanCorrections Empty(string filePath) => new(
        filePath ?? string.Empty,
        EquatableArray.Empty<(string Indicator, string Name)>(),
        EquatableArray.Empty<UnitAlias>(),
        EquatableArray.Empty<TargetCorrection>());

    /// <summary>
    /// Reads a corrections file. It never throws: when the text is not JSON, the result is empty;
    /// an entry that is wrong is left out and reported, and the other entries are kept.
    /// </summary>
    /// <param name="json">The file's text.</param>
    /// <param name="filePath">The file's path, for <see cref="ExtractionProblem.FilePath"/>.</param>
    /// <param name="problems">What is wrong with the file, in file order, each located at the JSON value concerned (1-based line and column of the file).</param>
    /// <returns>The corrections.</returns>
    public static PlanCorrections Parse(string json, string filePath, out IReadOnlyList<ExtractionProblem> problems)
    {
        filePath ??= string.Empty;
        var found = new List<ExtractionProblem>();
        PlanCorrections result;
        try
        {
            result = CorrectionsParser.Parse(json ?? string.Empty, filePath, found);
        }
#pragma warning disable CA1031 // The engine's contract is to never throw: an unexpected failure becomes a problem.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            found.Add(Internal(filePath, exception));
            result = Empty(filePath);
        }

        problems = Sorted(found);
        return result;
    }

    /// <summary>
    /// Applies the corrections to a plan: merges unit spellings, then applies the target entries in
    /// file order. It is pure and deterministic, keeps document order, and leaves every node and
    /// mention it does not touch as it was (equal, and the same instance). It never throws.
    /// </summary>
    /// <param name="plan">The plan, from <see cref="PlanExtractor.Extract"/> (before naming).</param>
    /// <param name="problems">Entries that could not be applied, in file order, located in the corrections file. They are not added to the plan's own problems.</param>
    /// <returns>The corrected plan; <paramref name="plan"/> itself when nothing applies.</returns>
    public ExtractedPlan Apply(ExtractedPlan plan, out IReadOnlyList<ExtractionProblem> problems)
    {
        var found = new List<ExtractionProblem>();
        ExtractedPlan result;
        try
        {
            result = CorrectionsApplier.Apply(this, plan, found);
        }
#pragma warning disable CA1031 // The engine's contract is to never throw: an unexpected failure becomes a problem.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            found.Add(Internal(FilePath, exception));
            result = plan;
        }

        problems = Sorted(found);
        return result;
    }

    private static ExtractionProblem Internal(string filePath, Exception exception) => new(
        ProblemCode.InternalError,
        $"The corrections could not be read or applied ({exception.GetType().Name}: {exception.Message}).",
        new SourceSpan(0, 0, 1, 1, 1, 1),
        filePath);

    private static ExtractionProblem[] Sorted(List<ExtractionProblem> problems) =>
        problems.OrderBy(p => p.Span.Start).ToArray();
}
