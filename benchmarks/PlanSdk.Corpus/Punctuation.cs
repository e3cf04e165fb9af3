using System.Text;

namespace PlanSdk.Corpus;

/// <summary>Rewrites a text's commas, semicolons, colons, parentheses, ! and ? to one form.</summary>
internal static class Punctuation
{
    public static string Apply(string text, PunctuationStyle style)
    {
        if (style == PunctuationStyle.AsWritten)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            builder.Append(style == PunctuationStyle.Ascii ? ToAscii(text, i, c) : ToFullWidth(text, i, c));
        }

        return builder.ToString();
    }

    private static char ToAscii(string text, int i, char c) => c switch
    {
        '，' when !BetweenDigitsOrLatin(text, i) => ',',
        '：' when !BetweenDigitsOrLatin(text, i) => ':',
        '；' => ';',
        '（' => '(',
        '）' => ')',
        '！' => '!',
        '？' => '?',
        _ => c,
    };

    private static char ToFullWidth(string text, int i, char c) => c switch
    {
        ',' when !BetweenDigitsOrLatin(text, i) => '，',
        ':' when !BetweenDigitsOrLatin(text, i) => '：',
        ';' => '；',
        '(' => '（',
        ')' => '）',
        '!' => '！',
        '?' => '？',
        _ => c,
    };

    /// <summary>1,559 and 8:30 keep their separator; so does anything between Latin letters or digits (http://).</summary>
    private static bool BetweenDigitsOrLatin(string text, int i) =>
        i > 0 && i + 1 < text.Length && IsDigitOrLatin(text[i - 1]) && IsDigitOrLatin(text[i + 1]);

    private static bool IsDigitOrLatin(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９') or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '/';
}
