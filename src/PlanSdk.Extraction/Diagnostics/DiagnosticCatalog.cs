using System;
using System.Collections.Generic;
using System.Linq;

namespace PlanSdk.Extraction.Diagnostics;

/// <summary>
/// The one catalogue of PlanSdk diagnostics (<c>PLAN001</c>…): the generator turns each entry into a
/// <c>DiagnosticDescriptor</c>, <c>plansdk check</c> prints the same ids and severities. Ids are never
/// reused; a retired id stays listed in <c>AnalyzerReleases.Shipped.md</c>. To add one: add a
/// <see cref="ProblemCode"/>, an entry here with the next free id of its range, a page
/// <c>generators/PlanSdk.Generators/docs/PLANxxx.md</c>, a line in <c>AnalyzerReleases.Unshipped.md</c>
/// and a test that triggers it (the catalogue tests check the last three).
/// </summary>
/// <remarks>
/// Ranges: 001–009 numbers, 010–019 outline, 020–029 units and names, 030–039 files,
/// 040–059 corrections files, 090 internal, 101–109 the target lock.
/// </remarks>
public static class DiagnosticCatalog
{
    /// <summary>Where the help pages are: one page per id, beside the generator.</summary>
    public const string HelpLinkBase = "https://github.com/plansdk/plansdk/blob/main/generators/PlanSdk.Generators/docs/";

    private const string Numbers = "PlanSdk.Numbers";
    private const string Outline = "PlanSdk.Outline";
    private const string Units = "PlanSdk.Units";
    private const string Files = "PlanSdk.Files";
    private const string Corrections = "PlanSdk.Corrections";
    private const string Lock = "PlanSdk.Lock";

    private static readonly PlanDiagnosticDescriptor[] Entries =
    {
        new("PLAN001", ProblemCode.MalformedNumber, "A number cannot be read", Numbers, PlanDiagnosticSeverity.Warning),
        new("PLAN002", ProblemCode.InvertedRange, "A range runs backwards", Numbers, PlanDiagnosticSeverity.Warning),
        new("PLAN003", ProblemCode.RateOver100Percent, "A rate is over 100 %", Numbers, PlanDiagnosticSeverity.Warning),
        new("PLAN004", ProblemCode.UnclassifiedQuantity, "A number has no known unit", Numbers, PlanDiagnosticSeverity.Info),
        new("PLAN010", ProblemCode.DuplicateNumber, "A heading repeats a number", Outline, PlanDiagnosticSeverity.Warning),
        new("PLAN011", ProblemCode.SkippedNumber, "A heading skips numbers", Outline, PlanDiagnosticSeverity.Warning),
        new("PLAN012", ProblemCode.NumberOutOfOrder, "A heading's number is out of order", Outline, PlanDiagnosticSeverity.Warning),
        new("PLAN013", ProblemCode.LevelJump, "A heading skips a level", Outline, PlanDiagnosticSeverity.Warning),
        new("PLAN020", ProblemCode.NoLeadUnit, "A responsibility clause names no lead unit", Units, PlanDiagnosticSeverity.Warning),
        new("PLAN021", ProblemCode.UnsplittableUnitClause, "A responsibility clause cannot be split into units", Units, PlanDiagnosticSeverity.Warning),
        new("PLAN022", ProblemCode.PossibleUnitAlias, "Two spellings look like one unit", Units, PlanDiagnosticSeverity.Info),
        new("PLAN023", ProblemCode.TargetNameSuffixed, "A target name got a suffix", Units, PlanDiagnosticSeverity.Info),
        new("PLAN030", ProblemCode.NotUtf8, "The plan file is not UTF-8", Files, PlanDiagnosticSeverity.Error),
        new("PLAN031", ProblemCode.EmptyPlan, "The plan file is empty", Files, PlanDiagnosticSeverity.Warning),
        new("PLAN032", ProblemCode.NoOutline, "No numbered heading was found", Files, PlanDiagnosticSeverity.Warning),
        new("PLAN033", ProblemCode.DuplicatePlanId, "Two plan files have one id", Files, PlanDiagnosticSeverity.Warning),
        new("PLAN034", ProblemCode.PlanIdInReferencedAssembly, "A referenced assembly compiles a plan with the same id", Files, PlanDiagnosticSeverity.Warning),
        new("PLAN035", ProblemCode.CatalogNameTaken, "A referenced plan catalogue has this project's catalogue name", Files, PlanDiagnosticSeverity.Warning),
        new("PLAN040", ProblemCode.CorrectionInvalidJson, "The corrections file is not valid JSON", Corrections, PlanDiagnosticSeverity.Error),
        new("PLAN041", ProblemCode.CorrectionUnknownKey, "The corrections file has an unknown key", Corrections, PlanDiagnosticSeverity.Warning),
        new("PLAN042", ProblemCode.CorrectionWrongType, "A corrections value has the wrong type", Corrections, PlanDiagnosticSeverity.Error),
        new("PLAN043", ProblemCode.CorrectionInvalidEntry, "A corrections entry is incomplete", Corrections, PlanDiagnosticSeverity.Error),
        new("PLAN044", ProblemCode.CorrectionPathNotFound, "A corrections entry names no node of the plan", Corrections, PlanDiagnosticSeverity.Error),
        new("PLAN045", ProblemCode.CorrectionMentionNotFound, "A corrections entry matches no mention", Corrections, PlanDiagnosticSeverity.Error),
        new("PLAN046", ProblemCode.CorrectionMentionAmbiguous, "A corrections entry matches several mentions", Corrections, PlanDiagnosticSeverity.Error),
        new("PLAN047", ProblemCode.CorrectionInvalidName, "A corrections name is not a C# identifier", Corrections, PlanDiagnosticSeverity.Error),
        new("PLAN048", ProblemCode.CorrectionDuplicateName, "A corrections name is taken on its node", Corrections, PlanDiagnosticSeverity.Error),
        new("PLAN049", ProblemCode.CorrectionUnknownSymbol, "A corrections file uses an unknown symbol", Corrections, PlanDiagnosticSeverity.Error),
        new("PLAN050", ProblemCode.CorrectionUnitNotFound, "A corrections alias names no unit of the plan", Corrections, PlanDiagnosticSeverity.Warning),
        new("PLAN090", ProblemCode.InternalError, "The engine failed on this plan", Files, PlanDiagnosticSeverity.Warning),
        new("PLAN101", ProblemCode.LockedTargetChanged, "A locked target changed", Lock, PlanDiagnosticSeverity.Warning),
        new("PLAN102", ProblemCode.LockedTargetRemoved, "A locked target was removed", Lock, PlanDiagnosticSeverity.Warning),
        new("PLAN103", ProblemCode.UnlockedTarget, "A target is not locked yet", Lock, PlanDiagnosticSeverity.Info),
        new("PLAN104", ProblemCode.LockFileInvalid, "The lock file cannot be read", Lock, PlanDiagnosticSeverity.Error),
    };

    private static readonly Dictionary<ProblemCode, PlanDiagnosticDescriptor> ByCode = Entries.ToDictionary(e => e.Code);

    /// <summary>Every diagnostic, in id order.</summary>
    public static IReadOnlyList<PlanDiagnosticDescriptor> All => Entries;

    /// <summary>The diagnostic that reports <paramref name="code"/>.</summary>
    /// <param name="code">A problem code of the engine.</param>
    /// <returns>Its catalogue entry.</returns>
    public static PlanDiagnosticDescriptor For(ProblemCode code) =>
        ByCode.TryGetValue(code, out var entry) ? entry : throw new ArgumentOutOfRangeException(nameof(code), code, "No diagnostic reports this problem code.");
}
