namespace PlanSdk.Corpus;

/// <summary>One plan of the synthetic corpus and what it was made with.</summary>
/// <param name="Id">The plan id, also the file name without <c>.txt</c> (<c>Synthetic0001</c>).</param>
/// <param name="Title">The title line (<c>安宁市卫生健康委员会2025年工作要点</c>).</param>
/// <param name="Issuer">The issuing body named by the title (<c>安宁市卫生健康委员会</c>).</param>
/// <param name="Year">The plan year in the title.</param>
/// <param name="Layout">How the outline is numbered.</param>
/// <param name="Punctuation">Which punctuation the text writes.</param>
/// <param name="Sections">Headings written with children (the engine's sections).</param>
/// <param name="Tasks">Headings written without children (the engine's tasks).</param>
/// <param name="Text">The plan text, lines ended by <c>\n</c>.</param>
public sealed record SyntheticPlan(
    string Id,
    string Title,
    string Issuer,
    int Year,
    SyntheticLayout Layout,
    PunctuationStyle Punctuation,
    int Sections,
    int Tasks,
    string Text)
{
    /// <summary>The file name the plan is written to.</summary>
    public string FileName => Id + ".txt";
}
