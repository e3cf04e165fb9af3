using PlanSdk.Extraction.Text;

namespace PlanSdk.Extraction.Outline;

/// <summary>
/// Reads a heading's title: the text after the marker up to the first <c>。</c>, the end of the
/// paragraph or the next heading; where a PDF heading runs into its body with a space and no
/// <c>。</c> (<c>一、协调推进…建设 认真贯彻…</c>), the title ends at that space.
/// </summary>
internal static class TitleReader
{
    public static int FindTitleEnd(string text, int start, int limit)
    {
        var depth = 0;
        var inQuote = false;
        for (var i = start; i < limit; i++)
        {
            var c = text[i];
            if (c == '。' || c == '\n')
            {
                return i;
            }

            if (Chars.IsOpenParen(c))
            {
                depth++;
            }
            else if (Chars.IsCloseParen(c) && depth > 0)
            {
                depth--;
            }
            else if (c is '“' or '”')
            {
                inQuote = c == '“';
            }
            else if (Chars.IsSpace(c) && depth == 0 && !inQuote && IsPdfGap(text, i, start, limit))
            {
                return i;
            }
        }

        return limit;
    }

    /// <summary>The title between the marker end and the title end, without surrounding spaces or closing punctuation.</summary>
    public static string Clean(string text, int start, int end)
    {
        while (start < end && Chars.IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && (Chars.IsSpace(text[end - 1]) || Chars.IsColon(text[end - 1]) || Chars.IsComma(text[end - 1])
            || text[end - 1] is ';' or '；' or '、'))
        {
            end--;
        }

        return text.Substring(start, end - start);
    }

    /// <summary>A run of spaces between two Han characters: where a PDF line put the body after its heading.</summary>
    private static bool IsPdfGap(string text, int i, int start, int limit)
    {
        if (i == start || !Chars.IsHan(text[i - 1]))
        {
            return false;
        }

        var j = i;
        while (j < limit && Chars.IsSpace(text[j]))
        {
            j++;
        }

        return j < limit && Chars.IsHan(text[j]);
    }
}
