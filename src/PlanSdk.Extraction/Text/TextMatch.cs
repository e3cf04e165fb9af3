namespace PlanSdk.Extraction.Text;

/// <summary>Ordinal comparisons of words at positions of a text.</summary>
internal static class TextMatch
{
    /// <summary>True when <paramref name="text"/> reads <paramref name="word"/> starting at <paramref name="index"/>.</summary>
    public static bool At(string text, int index, string word) =>
        index >= 0 && index + word.Length <= text.Length && string.CompareOrdinal(text, index, word, 0, word.Length) == 0;

    /// <summary>True when <paramref name="text"/> reads <paramref name="word"/> ending just before <paramref name="end"/>.</summary>
    public static bool EndsAt(string text, int end, string word) =>
        end <= text.Length && At(text, end - word.Length, word);

    /// <summary>The first of <paramref name="words"/> read at <paramref name="index"/>, or null.</summary>
    public static string? FirstAt(string text, int index, string[] words)
    {
        foreach (var word in words)
        {
            if (At(text, index, word))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>The first of <paramref name="words"/> that ends just before <paramref name="end"/>, or null.</summary>
    public static string? FirstEndingAt(string text, int end, string[] words)
    {
        foreach (var word in words)
        {
            if (EndsAt(text, end, word))
            {
                return word;
            }
        }

        return null;
    }
}
