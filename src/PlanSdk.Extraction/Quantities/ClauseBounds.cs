using PlanSdk.Extraction.Text;

namespace PlanSdk.Extraction.Quantities;

/// <summary>The clause around a position: between clause punctuation (<c>,;。:</c> and paragraph ends) and within the node's own text.</summary>
/// <param name="Start">Where the clause starts.</param>
/// <param name="End">Where it ends.</param>
internal readonly record struct ClauseBounds(int Start, int End)
{
    public static ClauseBounds Around(string text, int index, int limitStart, int limitEnd)
    {
        var start = index;
        while (start > limitStart && !Chars.IsClauseDelimiter(text[start - 1]))
        {
            start--;
        }

        var end = index;
        while (end < limitEnd && !Chars.IsClauseDelimiter(text[end]))
        {
            end++;
        }

        return new ClauseBounds(start, end);
    }

    /// <summary>The clause before this one in the same sentence, or null when this one starts the sentence.</summary>
    public ClauseBounds? Previous(string text, int limitStart)
    {
        var delimiter = Start - 1;
        if (delimiter < limitStart || delimiter < 0 || !(Chars.IsComma(text[delimiter]) || Chars.IsColon(text[delimiter])))
        {
            return null;
        }

        return Around(text, delimiter - 1 < limitStart ? limitStart : delimiter - 1, limitStart, delimiter);
    }
}
