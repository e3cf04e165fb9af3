namespace PlanSdk.Extraction;

/// <summary>What the engine found wrong with a plan text. Each code maps to one documented diagnostic.</summary>
public enum ProblemCode
{
    /// <summary>The text holds nothing but whitespace.</summary>
    EmptyPlan,

    /// <summary>No numbered heading was found.</summary>
    NoOutline,

    /// <summary>A number cannot be read (<c>847.34.65</c>).</summary>
    MalformedNumber,

    /// <summary>A range whose lower bound exceeds its upper bound (<c>5-3个</c>).</summary>
    InvertedRange,

    /// <summary>A rate over 100 %.</summary>
    RateOver100Percent,

    /// <summary>A heading repeats the number of its previous sibling.</summary>
    DuplicateNumber,

    /// <summary>A heading skips one or more numbers.</summary>
    SkippedNumber,

    /// <summary>A heading's number is lower than its previous sibling's.</summary>
    NumberOutOfOrder,

    /// <summary>A heading style appears deeper than the level below its parent.</summary>
    LevelJump,

    /// <summary>A responsibility clause names participants but no lead unit.</summary>
    NoLeadUnit,

    /// <summary>Two spellings that look like one unit.</summary>
    PossibleUnitAlias,

    /// <summary>The engine failed unexpectedly on this text; the model may be incomplete.</summary>
    InternalError,

    /// <summary>A corrections file (<c>&lt;PlanId&gt;.plan.json</c>) is not valid JSON; the problem gives the line and column.</summary>
    CorrectionInvalidJson,

    /// <summary>A corrections file holds a key its format does not define.</summary>
    CorrectionUnknownKey,

    /// <summary>A value of a corrections file has the wrong JSON type (a string where a number belongs).</summary>
    CorrectionWrongType,

    /// <summary>A corrections entry is incomplete or contradicts itself (no <c>path</c>, both <c>mention</c> and <c>add</c>, nothing to change…).</summary>
    CorrectionInvalidEntry,

    /// <summary>A corrections entry names a node path the plan does not have.</summary>
    CorrectionPathNotFound,

    /// <summary>A corrections entry's <c>mention</c> occurs in no mention of its node.</summary>
    CorrectionMentionNotFound,

    /// <summary>A corrections entry's <c>mention</c> occurs in more than one mention of its node.</summary>
    CorrectionMentionAmbiguous,

    /// <summary>A corrections file gives a member name that is not a C# identifier.</summary>
    CorrectionInvalidName,

    /// <summary>A corrections entry gives a member name that another target of the same node already has.</summary>
    CorrectionDuplicateName,

    /// <summary>A corrections file uses an unknown comparison or kind symbol.</summary>
    CorrectionUnknownSymbol,

    /// <summary>A corrections file's alias names a unit spelling that occurs in no responsibility clause of the plan.</summary>
    CorrectionUnitNotFound,

    /// <summary>Two targets of one node would have the same member name; the later one got a numeric suffix.</summary>
    TargetNameSuffixed,

    /// <summary>A responsibility clause has a role verb (<c>牵头</c>, <c>参与落实</c>) with no unit before it.</summary>
    UnsplittableUnitClause,

    /// <summary>The plan text holds bytes that were not valid UTF-8 (decoded as U+FFFD); it was probably saved as GB18030/GBK.</summary>
    NotUtf8,

    /// <summary>A number followed by a word the engine does not know as a unit; it is not read as a target.</summary>
    UnclassifiedQuantity,

    /// <summary>Two plan files of a project have the same plan id.</summary>
    DuplicatePlanId,

    /// <summary>A plan id of the project is also compiled into a referenced assembly's plan catalogue.</summary>
    PlanIdInReferencedAssembly,

    /// <summary>A referenced assembly's plan catalogue has the full name of the project's own, so it cannot be united with it.</summary>
    CatalogNameTaken,

    /// <summary>A target recorded in the plan's lock file now has another value, unit, comparison or kind.</summary>
    LockedTargetChanged,

    /// <summary>A target recorded in the plan's lock file is no longer in the plan.</summary>
    LockedTargetRemoved,

    /// <summary>A target of the plan is not recorded in its lock file yet.</summary>
    UnlockedTarget,

    /// <summary>A line of the plan's lock file cannot be read.</summary>
    LockFileInvalid,
}
