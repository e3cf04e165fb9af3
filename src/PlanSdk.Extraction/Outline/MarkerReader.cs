using PlanSdk.Extraction.Text;

namespace PlanSdk.Extraction.Outline;

/// <summary>
/// Reads a heading marker that starts exactly at a position: <c>一、</c>, <c>(一)</c>/<c>(一)</c>,
/// <c>1.</c>/<c>1、</c>/<c>1.</c>, <c>(1)</c>, <c>①</c>, <c>一是</c>, <c>第一部分</c>. Whether a marker
/// is a heading depends on where it stands; that is the <see cref="OutlineBuilder"/>'s decision.
/// </summary>
internal static class MarkerReader
{
    private const int MaxNumber = 999;

    private static readonly string[] ChapterWords = { "部分", "章", "篇" };

    /// <summary>True for a character at which a marker can start.</summary>
    public static bool CanStartAt(char c) =>
        Chars.IsOpenParen(c) || Chars.IsDigit(c) || CjkNumeral.CanStart(c) || IsCircled(c) || c == '第';

    public static bool TryRead(string text, int start, out MarkerToken marker)
    {
        marker = default;
        if (start < 0 || start >= text.Length)
        {
            return false;
        }

        var c = text[start];
        if (Chars.IsOpenParen(c))
        {
            return TryReadParenthesised(text, start, out marker);
        }

        if (IsCircled(c))
        {
            marker = new MarkerToken(NumberingStyle.Circled, c - '\u2460' + 1, start, 1);
            return true;
        }

        if (c == '第')
        {
            return TryReadChapter(text, start, out marker);
        }

        if (Chars.IsDigit(c))
        {
            return TryReadArabic(text, start, out marker);
        }

        return CjkNumeral.CanStart(c) && TryReadCjk(text, start, out marker);
    }

    private static bool IsCircled(char c) => c >= '\u2460' && c <= '\u2473';

    private static bool TryReadParenthesised(string text, int start, out MarkerToken marker)
    {
        marker = default;
        var i = start + 1;
        if (i >= text.Length)
        {
            return false;
        }

        if (Chars.IsDigit(text[i]))
        {
            var digitsEnd = ReadDigits(text, i, out var number);
            if (digitsEnd - i > 3 || digitsEnd >= text.Length || !Chars.IsCloseParen(text[digitsEnd]) || number == 0)
            {
                return false;
            }

            marker = new MarkerToken(NumberingStyle.ArabicParen, number, start, digitsEnd + 1 - start);
            return true;
        }

        var end = ReadCjkRun(text, i);
        if (end == i || end - i > 4 || end >= text.Length || !Chars.IsCloseParen(text[end])
            || !TryCjkValue(text, i, end - i, out var value))
        {
            return false;
        }

        marker = new MarkerToken(NumberingStyle.CjkParen, value, start, end + 1 - start);
        return true;
    }

    private static bool TryReadChapter(string text, int start, out MarkerToken marker)
    {
        marker = default;
        var i = start + 1;
        int number;
        int end;
        if (i < text.Length && Chars.IsDigit(text[i]))
        {
            end = ReadDigits(text, i, out number);
        }
        else
        {
            end = ReadCjkRun(text, i);
            if (end == i || !TryCjkValue(text, i, end - i, out number))
            {
                return false;
            }
        }

        foreach (var word in ChapterWords)
        {
            if (string.CompareOrdinal(text, end, word, 0, word.Length) == 0 && number > 0)
            {
                marker = new MarkerToken(NumberingStyle.Chapter, number, start, end + word.Length - start);
                return true;
            }
        }

        return false;
    }

    private static bool TryReadArabic(string text, int start, out MarkerToken marker)
    {
        marker = default;
        var end = ReadDigits(text, start, out var number);
        if (end - start > 3 || end >= text.Length || number == 0 || number > MaxNumber)
        {
            return false;
        }

        var delimiter = text[end];
        if (!(Chars.IsDecimalPoint(delimiter) || delimiter == '、'))
        {
            return false;
        }

        // 3.5%, 3、4月: a digit after the delimiter makes it a number, not a heading.
        var next = end + 1 < text.Length ? text[end + 1] : '\n';
        if (Chars.IsDigit(next))
        {
            return false;
        }

        marker = new MarkerToken(NumberingStyle.Arabic, number, start, end + 1 - start);
        return true;
    }

    private static bool TryReadCjk(string text, int start, out MarkerToken marker)
    {
        marker = default;
        var end = ReadCjkRun(text, start);
        if (end - start > 4 || end >= text.Length || text[start] == '两' || text[start] == '零' || text[start] == '〇'
            || !TryCjkValue(text, start, end - start, out var value))
        {
            return false;
        }

        var delimiter = text[end];
        var next = end + 1 < text.Length ? text[end + 1] : '\n';
        if (delimiter == '、' || delimiter == '.' || delimiter == '\uFF0E')
        {
            // 一、二、三类 and 二、三级医院 enumerate numbers; they are not headings.
            if (CjkNumeral.DigitOf(next) >= 0 || next == '十' || next == '级' || next == '类' || next == '等')
            {
                return false;
            }

            marker = new MarkerToken(NumberingStyle.CjkComma, value, start, end + 1 - start);
            return true;
        }

        if (delimiter == '是')
        {
            marker = new MarkerToken(NumberingStyle.Item, value, start, end + 1 - start);
            return true;
        }

        return false;
    }

    private static int ReadDigits(string text, int start, out int number)
    {
        number = 0;
        var i = start;
        while (i < text.Length && Chars.IsDigit(text[i]) && i - start < 6)
        {
            number = (number * 10) + Chars.DigitValue(text[i]);
            i++;
        }

        return i;
    }

    private static int ReadCjkRun(string text, int start)
    {
        var i = start;
        while (i < text.Length && CjkNumeral.IsNumeralChar(text[i]) && text[i] != '万' && text[i] != '亿')
        {
            i++;
        }

        return i;
    }

    private static bool TryCjkValue(string text, int start, int length, out int value)
    {
        value = 0;
        if (!CjkNumeral.TryParse(text, start, length, out var parsed) || parsed <= 0 || parsed > MaxNumber)
        {
            return false;
        }

        value = (int)parsed;
        return true;
    }
}
