using PlanSdk.Extraction.Text;

namespace PlanSdk.Extraction.Quantities;

/// <summary>
/// Numbers that are not quantities (spec §2): dates and years, document numbers, ordinals,
/// numbers inside names, slogans and titles, codes such as <c>H7N9</c> or <c>6S</c>, phone numbers,
/// sessions and anniversaries, and grades of institutions.
/// </summary>
internal static class NonQuantityRules
{
    /// <summary>The reason given for a number with no unit, no comparison word and no other explanation.</summary>
    public const string NoUnit = "no unit";

    /// <summary>Words after <c>级</c> that make it a grade of an institution (<c>二级以上公立医院</c>, <c>三级乙等</c>).</summary>
    private static readonly string[] GradedThings =
    {
        "医院", "医疗", "公立", "综合", "专科", "中医", "妇幼", "甲等", "乙等", "丙等", "甲", "乙", "丙", "卫生院", "机构", "标准",
        "康复", "护理", "民营", "公办", "医师", "职称", "重点", "定点", "以上医", "及以上医", "以上公", "及以上公", "以上的",
    };

    /// <summary>Why the quantity read at <paramref name="q"/> is not a quantity, or null when it is one.</summary>
    public static string? Reason(string text, QuoteSpans quotes, RawQuantity q)
    {
        var start = q.Number.Start;
        if (quotes.Contains(start))
        {
            return "inside quotes: a name, slogan or title";
        }

        var before = start > 0 ? text[start - 1] : '\n';
        var beforeSkippingSpaces = PreviousNonSpace(text, start);
        if (beforeSkippingSpaces == '第')
        {
            return "ordinal";
        }

        if (Chars.IsLatin(before) || before is '+' or '＋' or '_' or '#'
            || (before is '-' or '/' or '.' or '／' && start > 1 && (Chars.IsLatin(text[start - 2]) || Chars.IsDigit(text[start - 2]))))
        {
            return "part of a code, date or name";
        }

        var afterNumber = q.Number.End < text.Length ? text[q.Number.End] : '\n';
        if (Chars.IsLatin(afterNumber) || afterNumber is '+' or '＋' or '_' or '#')
        {
            return "part of a code or name";
        }

        if (before is '〔' or '[' or '【' || afterNumber is '〕' or ']' or '】')
        {
            return "document number";
        }

        if (IsYear(q))
        {
            return "year";
        }

        if (q.UnitName is null)
        {
            var next = q.UnitStart < text.Length ? text[q.UnitStart] : '\n';
            if (next is '月' or '日' or '号' or '时' or '点' or '届' || (next == '年' && !q.IsCjk))
            {
                return "date, time or document number";
            }

            // A bare figure is a quantity only when a comparison word bounds it (性别比控制在116以内).
            if (q.IsCjk || !q.HasComparisonWord || q.Number.Malformed)
            {
                return NoUnit;
            }
        }

        if (q.Unit?.Written == "周" && TextMatch.At(text, q.UnitEnd, "年"))
        {
            return "anniversary";
        }

        if (q.Unit?.Written == "次" && (TextMatch.At(text, q.UnitEnd, "全会") || TextMatch.At(text, q.UnitEnd, "全体会议") || TextMatch.At(text, q.UnitEnd, "党代会")))
        {
            return "session of a congress";
        }

        if (q.Unit?.Category == UnitCategory.Level && IsGrade(text, q))
        {
            return "grade of an institution";
        }

        return null;
    }

    private static bool IsYear(RawQuantity q)
    {
        if (q.IsCjk || q.Number.Value is not { } value || q.Number.IntegerDigits != 4 || value != decimal.Truncate(value) || q.Multiplier != 1m)
        {
            return false;
        }

        return value is >= 1900 and <= 2100 && (q.UnitName is null || q.Unit?.Written is "年" or "周");
    }

    private static bool IsGrade(string text, RawQuantity q)
    {
        var i = q.UnitEnd;
        while (i < text.Length && Chars.IsSpace(text[i]))
        {
            i++;
        }

        if (TextMatch.At(text, i, "及以上"))
        {
            i += 3;
        }
        else if (TextMatch.At(text, i, "以上") || TextMatch.At(text, i, "以下"))
        {
            i += 2;
        }

        foreach (var word in GradedThings)
        {
            if (TextMatch.At(text, i, word))
            {
                return true;
            }
        }

        return false;
    }

    private static char PreviousNonSpace(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && Chars.IsSpace(text[i]))
        {
            i--;
        }

        return i >= 0 ? text[i] : '\n';
    }
}
