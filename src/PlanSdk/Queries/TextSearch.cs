namespace PlanSdk;

/// <summary>Phrase search in plan text that looks through white space, as PDF line breaks split words (<c>家庭医\n生</c>).</summary>
internal static class TextSearch
{
    /// <summary>True when <paramref name="text"/> holds <paramref name="phrase"/>, white space in either ignored, characters compared ordinally.</summary>
    public static bool Contains(string text, string phrase)
    {
        var first = NextNonSpace(phrase, 0);
        if (first == phrase.Length)
        {
            return true;
        }

        for (var start = text.IndexOf(phrase[first]); start >= 0; start = text.IndexOf(phrase[first], start + 1))
        {
            if (MatchesAt(text, start, phrase, first))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MatchesAt(string text, int t, string phrase, int p)
    {
        while (true)
        {
            p = NextNonSpace(phrase, p);
            if (p == phrase.Length)
            {
                return true;
            }

            t = NextNonSpace(text, t);
            if (t == text.Length || text[t] != phrase[p])
            {
                return false;
            }

            t++;
            p++;
        }
    }

    private static int NextNonSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
