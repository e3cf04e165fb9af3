namespace PlanSdk.Corpus;

/// <summary>The punctuation a synthetic plan writes (the reference plans mix both forms).</summary>
public enum PunctuationStyle
{
    /// <summary>As the reference plan wrote each task.</summary>
    AsWritten,

    /// <summary>ASCII <c>, ; : ( )</c> throughout.</summary>
    Ascii,

    /// <summary>Full-width <c>， ； ： （ ）</c> throughout.</summary>
    FullWidth,
}
