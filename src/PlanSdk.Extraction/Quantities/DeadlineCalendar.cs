using PlanSdk.Extraction.Text;

namespace PlanSdk.Extraction;

/// <summary>
/// Turns a deadline as written (<see cref="QuantityMention.Deadline"/>) into the month it falls due,
/// relative to the plan's year: <c>年底前</c>, <c>年内</c>, <c>年度内</c> → December of the plan year;
/// <c>6月底前</c> → June; <c>上半年</c> → June; <c>三季度</c> → September; <c>到2020年底</c>, <c>2020 年</c> →
/// December 2020; <c>2021年3月前</c> → March 2021; <c>明年</c> → December of the next year;
/// <c>利用两年时间</c>, <c>三年内</c> → December of the last of those years (the plan year counts as the first).
/// </summary>
public static class DeadlineCalendar
{
    /// <summary>The month a deadline falls due.</summary>
    /// <param name="deadline">The deadline as written; null when the target has none.</param>
    /// <param name="planYear">The plan's year, which relative deadlines count from; null when unknown.</param>
    /// <returns>The month, or null when there is no deadline, it names no time the calendar reads, or it is relative and the year is unknown.</returns>
    public static YearMonth? Resolve(string? deadline, int? planYear)
    {
        if (deadline is null)
        {
            return null;
        }

        var text = WhiteSpace.Remove(deadline);
        var year = ExplicitYear(text) ?? RelativeYear(text, planYear);
        var month = Month(text);
        if (year is null && month is not null)
        {
            year = planYear;
        }

        return year is { } y && y is > 0 and < 10000 ? new YearMonth(y, month ?? 12) : null;
    }

    /// <summary>A four-digit year written before <c>年</c> (<c>2020年</c>).</summary>
    private static int? ExplicitYear(string text)
    {
        for (var i = 0; i + 4 < text.Length; i++)
        {
            if (text[i + 4] == '年' && IsDigits(text, i, 4) && (i == 0 || !Chars.IsDigit(text[i - 1])))
            {
                return Number(text, i, 4);
            }
        }

        return null;
    }

    /// <summary>A year counted from the plan's (<c>年内</c>, <c>明年</c>, <c>利用两年时间</c>).</summary>
    private static int? RelativeYear(string text, int? planYear)
    {
        if (planYear is not { } year)
        {
            return null;
        }

        if (text.Contains("明年"))
        {
            return year + 1;
        }

        // 两年时间, 三年内, 2年内: a span of years starting with the plan's.
        var yearWord = text.IndexOf('年');
        if (yearWord > 0 && (text.IndexOf("年时间", yearWord, System.StringComparison.Ordinal) == yearWord || text.IndexOf("年内", yearWord, System.StringComparison.Ordinal) == yearWord))
        {
            var start = yearWord;
            while (start > 0 && (Chars.IsDigit(text[start - 1]) || CjkNumeral.IsNumeralChar(text[start - 1])))
            {
                start--;
            }

            if (start < yearWord && SpanOfYears(text, start, yearWord - start) is { } span && span is > 0 and < 100)
            {
                return year + (int)span - 1;
            }
        }

        return text.Contains("年") ? year : null;
    }

    /// <summary>The month of the deadline: <c>6月</c>, <c>上半年</c>, <c>三季度</c>; null for the year's end.</summary>
    private static int? Month(string text)
    {
        var monthWord = text.IndexOf('月');
        if (monthWord > 0)
        {
            var start = monthWord;
            while (start > 0 && (Chars.IsDigit(text[start - 1]) || CjkNumeral.IsNumeralChar(text[start - 1])))
            {
                start--;
            }

            if (start < monthWord && SpanOfYears(text, start, monthWord - start) is { } month && month is >= 1 and <= 12)
            {
                return (int)month;
            }
        }

        if (text.Contains("上半年"))
        {
            return 6;
        }

        var quarter = text.IndexOf("季度", System.StringComparison.Ordinal);
        if (quarter > 0)
        {
            var digit = Chars.IsDigit(text[quarter - 1]) ? Chars.DigitValue(text[quarter - 1]) : CjkNumeral.DigitOf(text[quarter - 1]);
            if (digit is >= 1 and <= 4)
            {
                return digit * 3;
            }
        }

        return null;
    }

    private static long? SpanOfYears(string text, int start, int length)
    {
        if (IsDigits(text, start, length))
        {
            return length <= 4 ? Number(text, start, length) : null;
        }

        return CjkNumeral.TryParse(text, start, length, out var value) ? value : null;
    }

    private static bool IsDigits(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!Chars.IsDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            value = (value * 10) + Chars.DigitValue(text[i]);
        }

        return value;
    }
}
