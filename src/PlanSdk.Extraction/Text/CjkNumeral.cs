namespace PlanSdk.Extraction.Text;

/// <summary>Reads CJK numerals: <c>三十七</c>, <c>十五</c>, <c>两</c>, <c>一百二十</c>, <c>六十万</c>, <c>三千五百</c>.</summary>
internal static class CjkNumeral
{
    /// <summary>True for a character that can be part of a CJK numeral.</summary>
    public static bool IsNumeralChar(char c) => DigitOf(c) >= 0 || UnitOf(c) > 0;

    /// <summary>True for a character that can start a CJK numeral (a digit or 十; not 百/千/万/亿 alone).</summary>
    public static bool CanStart(char c) => DigitOf(c) >= 0 || c == '十';

    /// <summary>The value of a digit character, or -1.</summary>
    public static int DigitOf(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '贰' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>The multiplier of a unit character (十 → 10 …), or 0.</summary>
    public static long UnitOf(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => 0,
    };

    /// <summary>Parses a whole string of numeral characters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the numeral starts.</param>
    /// <param name="length">How many characters it has.</param>
    /// <param name="value">The value.</param>
    /// <returns>False when the characters do not form a numeral.</returns>
    public static bool TryParse(string text, int start, int length, out long value)
    {
        value = 0;
        if (length <= 0)
        {
            return false;
        }

        long total = 0;    // completed groups of 亿 and 万
        long section = 0;  // the group below 万 being read
        long digit = -1;   // a digit waiting for its unit
        var sawAny = false;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            var d = DigitOf(c);
            if (d >= 0)
            {
                if (digit > 0 && d != 0)
                {
                    // Two digits in a row (十三五, 一二三) are a name or a list, not a numeral.
                    return false;
                }

                digit = d;

                sawAny = true;
                continue;
            }

            var unit = UnitOf(c);
            if (unit == 0)
            {
                return false;
            }

            if (unit >= 10_000)
            {
                section += digit > 0 ? digit : 0;
                if (section == 0 && total == 0)
                {
                    return false;
                }

                if (unit == 100_000_000)
                {
                    total = (total + section) * unit;
                }
                else
                {
                    total += section * unit;
                }

                section = 0;
            }
            else
            {
                section += (digit >= 0 ? digit : 1) * unit;
            }

            digit = -1;
            sawAny = true;
        }

        if (!sawAny)
        {
            return false;
        }

        value = total + section + (digit > 0 ? digit : 0);
        return true;
    }
}
