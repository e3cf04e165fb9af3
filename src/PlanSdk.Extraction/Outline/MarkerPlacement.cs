namespace PlanSdk.Extraction.Outline;

/// <summary>Where a marker stands, from the strongest sign of a heading to the weakest.</summary>
internal enum MarkerPlacement
{
    /// <summary>At the start of a line (after spaces).</summary>
    LineStart,

    /// <summary>After the end of a sentence (<c>。</c>, <c>;</c>), a colon or a closing parenthesis.</summary>
    AfterSentence,

    /// <summary>After a comma.</summary>
    AfterComma,

    /// <summary>Straight after other text, as when a heading runs into the previous heading's title.</summary>
    Inline,
}
