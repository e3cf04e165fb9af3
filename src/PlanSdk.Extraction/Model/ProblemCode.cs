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
}
