namespace PlanSdk.Extraction.Text;

/// <summary>
/// Which characters of the logical text stand inside quotation marks or book-title brackets
/// (<c>“三减三健”</c>, <c>《…(2021-2025年)》</c>). Numbers there belong to names, slogans and titles.
/// A quote that does not close on the same line within a short distance is not counted.
/// </summary>
internal sealed class QuoteSpans
{
    private const int MaxQuoteLength = 80;
    private readonly bool[] _inside;

    private QuoteSpans(bool[] inside) => _inside = inside;

    public static QuoteSpans Find(string text)
    {
        var inside = new bool[text.Length];
        var i = 0;
        while (i < text.Length)
        {
            var open = text[i];
            if (!Chars.IsOpenQuote(open))
            {
                i++;
                continue;
            }

            var close = Chars.ClosingQuote(open);
            var end = -1;
            for (var j = i + 1; j < text.Length && j - i <= MaxQuoteLength && text[j] != '\n'; j++)
            {
                if (text[j] == close)
                {
                    end = j;
                    break;
                }
            }

            if (end < 0)
            {
                i++;
                continue;
            }

            for (var k = i; k <= end; k++)
            {
                inside[k] = true;
            }

            i = end + 1;
        }

        return new QuoteSpans(inside);
    }

    /// <summary>True when the character at <paramref name="index"/> is a quote mark or inside quotes.</summary>
    public bool Contains(int index) => index >= 0 && index < _inside.Length && _inside[index];
}
