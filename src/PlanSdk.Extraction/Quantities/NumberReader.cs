using System.Globalization;
using System.Text;
using PlanSdk.Extraction.Text;

namespace PlanSdk.Extraction.Quantities;

/// <summary>Reads arabic and CJK numbers, never throwing on odd input (huge, malformed, mixed widths).</summary>
internal static class NumberReader
{
    private const int MaxDigits = 24;

    /// <summary>True where a number can start.</summary>
    public static bool CanStart(char c) => Chars.IsDigit(c) || CjkNumeral.CanStart(c) || c == '半';

    public static bool TryRead(string text, int start, out NumberToken token)
    {
        token = default;
        if (start >= text.Length)
        {
            return false;
        }

        var c = text[start];
        if (Chars.IsDigit(c))
        {
            token = ReadArabic(text, start);
            return true;
        }

        if (c == '半')
        {
            // 上半年, 下半年 name halves of the year; only a bare 半 (每半年, 半年时间) is a half.
            if (start > 0 && text[start - 1] is '上' or '下' or '前' or '后' or '多' or '一' or '过' or '大')
            {
                return false;
            }

            token = new NumberToken(start, start + 1, 0.5m, true, 0, false);
            return true;
        }

        return CjkNumeral.CanStart(c) && TryReadCjk(text, start, out token);
    }

    private static NumberToken ReadArabic(string text, int start)
    {
        var digits = new StringBuilder();
        var i = start;
        var integerDigits = 0;
        var groupLength = 0;
        var grouped = false;
        while (i < text.Length)
        {
            if (Chars.IsDigit(text[i]))
            {
                digits.Append((char)('0' + Chars.DigitValue(text[i])));
                integerDigits++;
                groupLength++;
                i++;
            }
            else if (text[i] == ',' && (grouped ? groupLength == 3 : groupLength is >= 1 and <= 3) && IsThousandsGroup(text, i + 1))
            {
                grouped = true;
                groupLength = 0;
                i++;
            }
            else
            {
                break;
            }
        }

        var dots = 0;
        while (i + 1 < text.Length && Chars.IsDecimalPoint(text[i]) && Chars.IsDigit(text[i + 1]))
        {
            dots++;
            digits.Append('.');
            i++;
            while (i < text.Length && Chars.IsDigit(text[i]))
            {
                digits.Append((char)('0' + Chars.DigitValue(text[i])));
                i++;
            }
        }

        // A stray point between a number and its unit or a second point (6.1.%, 61..5%) breaks the number.
        while (i + 1 < text.Length && Chars.IsDecimalPoint(text[i])
            && (Chars.IsDecimalPoint(text[i + 1]) || text[i + 1] is '%' or '％' or '‰' || UnitCatalog.CanStartUnit(text[i + 1])))
        {
            dots = 2;
            i++;
            while (i < text.Length && (Chars.IsDigit(text[i]) || Chars.IsDecimalPoint(text[i])))
            {
                i++;
            }
        }

        if (dots > 1 || integerDigits > MaxDigits)
        {
            return new NumberToken(start, i, null, false, integerDigits, true);
        }

        var parsed = decimal.TryParse(digits.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value);
        return new NumberToken(start, i, parsed ? value : null, false, integerDigits, !parsed);
    }

    /// <summary>A comma followed by exactly three digits and then no digit: <c>1,559</c>.</summary>
    private static bool IsThousandsGroup(string text, int i)
    {
        if (i + 3 > text.Length)
        {
            return false;
        }

        for (var k = i; k < i + 3; k++)
        {
            if (!(text[k] >= '0' && text[k] <= '9'))
            {
                return false;
            }
        }

        return i + 3 == text.Length || !Chars.IsDigit(text[i + 3]) || text[i + 3] == ',';
    }

    private static bool TryReadCjk(string text, int start, out NumberToken token)
    {
        token = default;
        var end = start;
        while (end < text.Length && CjkNumeral.IsNumeralChar(text[end]) && end - start < 12)
        {
            end++;
        }

        // Shorten until the run reads as one numeral (一二三 is a list; 十三五 is a name).
        while (end > start)
        {
            if (CjkNumeral.TryParse(text, start, end - start, out var value))
            {
                token = new NumberToken(start, end, value, true, 0, false);
                return true;
            }

            end--;
        }

        return false;
    }
}
