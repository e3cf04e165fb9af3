namespace PlanSdk.Extraction.Text;

/// <summary>Character classes of Chinese plan text, treating ASCII and full-width forms alike.</summary>
internal static class Chars
{
    public static bool IsHan(char c) => (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');

    /// <summary>Spaces that PDF and web copies put between words: ASCII, no-break, ideographic.</summary>
    public static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u200B';

    public static bool IsLineBreak(char c) => c == '\n' || c == '\r';

    /// <summary>An ASCII or full-width decimal digit.</summary>
    public static bool IsDigit(char c) => (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');

    public static int DigitValue(char c) => c <= '9' ? c - '0' : c - '\uFF10';

    public static bool IsLatin(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A');

    public static bool IsDecimalPoint(char c) => c == '.' || c == '\uFF0E';

    public static bool IsOpenParen(char c) => c == '(' || c == '\uFF08';

    public static bool IsCloseParen(char c) => c == ')' || c == '\uFF09';

    /// <summary>Punctuation that ends a sentence: 。;!? in both widths.</summary>
    public static bool IsSentenceEnd(char c) => c == '。' || c == ';' || c == '\uFF1B' || c == '!' || c == '\uFF01' || c == '?' || c == '\uFF1F';

    /// <summary>Commas that separate clauses: ASCII and full-width.</summary>
    public static bool IsComma(char c) => c == ',' || c == '\uFF0C';

    public static bool IsColon(char c) => c == ':' || c == '\uFF1A';

    /// <summary>Punctuation that separates the clauses in which quantities are read.</summary>
    public static bool IsClauseDelimiter(char c) => IsSentenceEnd(c) || IsComma(c) || IsColon(c) || c == '\n';

    public static bool IsEnumerationComma(char c) => c == '、';

    public static bool IsOpenQuote(char c) => c == '“' || c == '「' || c == '『' || c == '《' || c == '〈' || c == '‘' || c == '"';

    public static char ClosingQuote(char open) => open switch
    {
        '“' => '”',
        '「' => '」',
        '『' => '』',
        '《' => '》',
        '〈' => '〉',
        '‘' => '’',
        _ => '"',
    };

    public static bool IsRangeSeparator(char c) => c == '-' || c == '\uFF0D' || c == '—' || c == '–' || c == '~' || c == '\uFF5E' || c == '\u301C' || c == '至' || c == '到';
}
