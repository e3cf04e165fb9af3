using PlanSdk.Extraction.Text;

namespace PlanSdk.Extraction.Quantities;

/// <summary>
/// Reads a whole quantity from its first digit: the number or range, <c>余</c>/<c>多</c>, the
/// multiplier (<c>万</c>, <c>亿</c>, <c>千</c>), spaces that PDF copies leave (<c>1.7 亿元</c>,
/// <c>42.91 %</c>), the unit or classifier, and the comparison words around it.
/// </summary>
internal static class QuantityReader
{
    public static bool TryRead(string text, int start, int clauseStart, out RawQuantity quantity)
    {
        quantity = null!;
        if (!NumberReader.TryRead(text, start, out var first))
        {
            return false;
        }

        var i = first.End;
        var approximateMore = ReadMoreMarker(text, ref i);
        var multiplier = first.IsCjk ? 1m : ReadMultiplier(text, ref i);
        approximateMore |= ReadMoreMarker(text, ref i);

        NumberToken? upper = null;
        var afterFirst = i;
        if (TryReadRangeUpper(text, i, first, out var upperToken, out var upperEnd))
        {
            upper = upperToken;
            i = upperEnd;
            var upperMultiplier = upperToken.IsCjk ? 1m : ReadMultiplier(text, ref i);
            if (upperMultiplier != 1m)
            {
                multiplier = upperMultiplier;
            }

            approximateMore |= ReadMoreMarker(text, ref i);
        }

        var numberEnd = i;
        var unitStart = SkipSpaces(text, i);
        string? unitName = null;
        UnitInfo? unit = null;
        var unitEnd = unitStart;
        if (TryReadRate(text, unitStart, out var rateName, out var rateEnd))
        {
            unitName = rateName;
            unitEnd = rateEnd;
        }
        else if (UnitCatalog.Match(text, unitStart) is { } matched)
        {
            unit = matched;
            unitName = matched.Name;
            unitEnd = unitStart + matched.Written.Length;
            if (matched.Written == "万平方米")
            {
                multiplier *= 10_000m;
            }
        }
        else
        {
            unitStart = numberEnd;
            unitEnd = numberEnd;
            if (upper is null && TryReadHeaderUnit(text, start, clauseStart, out var header, out var headerMultiplier))
            {
                unit = header;
                unitName = header.Name;
                multiplier *= headerMultiplier;
            }
        }

        // Without a unit, a range reads only as "X-Y" followed by its unit; "2018-2020" alone is not one.
        if (unit is null && unitName is null && upper is not null)
        {
            upper = null;
            numberEnd = afterFirst;
            unitStart = numberEnd;
            unitEnd = numberEnd;
        }

        var end = unitEnd;
        var comparison = Comparison.Exactly;
        var hasWord = false;
        var suffixAt = SkipSpaces(text, unitEnd);
        if (ComparisonWords.TryMatchAfter(text, suffixAt, out var after, out var afterLength))
        {
            comparison = after;
            hasWord = true;
            end = suffixAt + afterLength;
        }
        else if (unit?.Category == UnitCategory.TimeLimit && suffixAt < text.Length && text[suffixAt] == '内')
        {
            comparison = Comparison.AtMost;
            hasWord = true;
            end = suffixAt + 1;
        }
        else if (unit?.Category == UnitCategory.Duration && suffixAt < text.Length && text[suffixAt] == '多')
        {
            comparison = Comparison.MoreThan;
            hasWord = true;
            end = suffixAt + 1;
        }

        var prefixEnd = start;
        while (prefixEnd > clauseStart && Chars.IsSpace(text[prefixEnd - 1]))
        {
            prefixEnd--;
        }

        var prefixStart = start;
        if (ComparisonWords.TryMatchBefore(text, prefixEnd, out var before, out var beforeStart) && beforeStart >= clauseStart)
        {
            prefixStart = beforeStart;
            if (!hasWord)
            {
                comparison = before;
                hasWord = true;
            }
            else if (before is Comparison.AtLeast or Comparison.AtMost && IsSymbol(text[beforeStart]))
            {
                comparison = before;
            }
        }

        if (!hasWord && approximateMore)
        {
            comparison = Comparison.MoreThan;
            hasWord = true;
        }

        if (!hasWord && ComparisonWords.TryMatchDistant(text, clauseStart, prefixStart, out var distant))
        {
            comparison = distant;
            hasWord = true;
        }

        if (upper is not null)
        {
            comparison = Comparison.Between;
            hasWord = true;
        }

        quantity = new RawQuantity
        {
            Number = first,
            UpperNumber = upper,
            Start = start,
            PrefixStart = prefixStart,
            NumberEnd = numberEnd,
            UnitStart = unitStart,
            UnitEnd = unitEnd,
            End = end,
            Multiplier = multiplier,
            Unit = unit,
            UnitName = unitName,
            Comparison = comparison,
            HasComparisonWord = hasWord,
            Value = Scale(first.Value, multiplier),
            Max = upper is { } u ? Scale(u.Value, multiplier) : null,
        };
        return true;
    }

    private static bool IsSymbol(char c) => c is '≥' or '≤' or '≧' or '≦' or '>' or '<' or '＞' or '＜';

    private static decimal? Scale(decimal? value, decimal multiplier)
    {
        if (value is not { } v)
        {
            return null;
        }

        try
        {
            return Normalise(v * multiplier);
        }
        catch (System.OverflowException)
        {
            return null;
        }
    }

    /// <summary>Removes trailing zeros of the decimal scale so that 40416000.0 prints as 40416000.</summary>
    public static decimal Normalise(decimal value) => value / 1.000000000000000000000000000000000m;

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && Chars.IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool ReadMoreMarker(string text, ref int i)
    {
        if (i < text.Length && (text[i] == '余' || text[i] == '多'))
        {
            i++;
            return true;
        }

        return false;
    }

    private static decimal ReadMultiplier(string text, ref int i)
    {
        var j = SkipSpaces(text, i);
        if (j >= text.Length)
        {
            return 1m;
        }

        decimal multiplier;
        int length;
        if (string.CompareOrdinal(text, j, "万亿", 0, 2) == 0)
        {
            (multiplier, length) = (1_000_000_000_000m, 2);
        }
        else if (string.CompareOrdinal(text, j, "百万", 0, 2) == 0)
        {
            (multiplier, length) = (1_000_000m, 2);
        }
        else if (string.CompareOrdinal(text, j, "千万", 0, 2) == 0)
        {
            (multiplier, length) = (10_000_000m, 2);
        }
        else
        {
            (multiplier, length) = text[j] switch
            {
                '万' => (10_000m, 1),
                '亿' => (100_000_000m, 1),
                '千' => (1_000m, 1),
                '百' => (100m, 1),
                _ => (1m, 0),
            };
        }

        // 万平方米 keeps its 万 as part of the unit; 千米/千克 are units, not 千.
        if (length == 1 && text[j] == '万' && string.CompareOrdinal(text, j, "万平方米", 0, 4) == 0)
        {
            return 1m;
        }

        if (length == 1 && text[j] == '千' && j + 1 < text.Length && (text[j + 1] == '米' || text[j + 1] == '克'))
        {
            return 1m;
        }

        if (length == 1 && text[j] == '百' && j + 2 < text.Length && string.CompareOrdinal(text, j, "百分点", 0, 3) == 0)
        {
            return 1m;
        }

        if (length > 0)
        {
            i = j + length;
        }

        return multiplier;
    }

    private static bool TryReadRangeUpper(string text, int i, NumberToken first, out NumberToken upper, out int end)
    {
        upper = default;
        end = i;
        var j = SkipSpaces(text, i);

        // 10%-15%: the first bound may repeat the unit.
        if (j < text.Length && (text[j] == '%' || text[j] == '％') && j + 1 < text.Length && Chars.IsRangeSeparator(text[j + 1]))
        {
            j++;
        }

        if (j >= text.Length || !Chars.IsRangeSeparator(text[j]))
        {
            return false;
        }

        var k = SkipSpaces(text, j + 1);
        if (k >= text.Length || !NumberReader.TryRead(text, k, out var candidate) || candidate.IsCjk != first.IsCjk)
        {
            return false;
        }

        upper = candidate;
        end = candidate.End;
        return true;
    }

    /// <summary>
    /// A unit written in the indicator's heading, as tables of targets do: <c>孕产妇死亡率(/10万) ≤12</c>,
    /// <c>人均预期寿命(岁) 79.5</c>, <c>投入(万元) 350</c>. The parenthesis must hold nothing but a unit.
    /// </summary>
    private static bool TryReadHeaderUnit(string text, int numberStart, int clauseStart, out UnitInfo unit, out decimal multiplier)
    {
        unit = null!;
        multiplier = 1m;
        var i = numberStart - 1;
        while (i >= clauseStart && (Chars.IsSpace(text[i]) || IsSymbol(text[i]) || text[i] == '='))
        {
            i--;
        }

        if (i < clauseStart || !Chars.IsCloseParen(text[i]))
        {
            return false;
        }

        var close = i;
        var open = close - 1;
        while (open >= clauseStart && close - open <= 8 && !Chars.IsOpenParen(text[open]))
        {
            open--;
        }

        if (open < clauseStart || !Chars.IsOpenParen(text[open]))
        {
            return false;
        }

        var content = text.Substring(open + 1, close - open - 1).Trim();
        if (content.StartsWith("1/", System.StringComparison.Ordinal))
        {
            content = content.Substring(1);
        }

        if (TryReadRate(content, 0, out var rate, out var rateEnd) && rateEnd == content.Length)
        {
            unit = new UnitInfo(content, rate, UnitCategory.Rate);
            return true;
        }

        var at = 0;
        multiplier = ReadMultiplier(content, ref at);
        var matched = UnitCatalog.Match(content, at);
        if (matched is null || at + matched.Written.Length != content.Length)
        {
            multiplier = 1m;
            return false;
        }

        unit = matched;
        return true;
    }

    /// <summary>A rate per population written after the number: <c>/10万</c> → <c>1/10万</c>.</summary>
    private static bool TryReadRate(string text, int i, out string name, out int end)
    {
        name = string.Empty;
        end = i;
        if (i >= text.Length || (text[i] != '/' && text[i] != '／'))
        {
            return false;
        }

        var j = i + 1;
        var digitsStart = j;
        while (j < text.Length && Chars.IsDigit(text[j]))
        {
            j++;
        }

        var digits = text.Substring(digitsStart, j - digitsStart);
        if (j < text.Length && (text[j] == '万' || text[j] == '千' || text[j] == '百' || text[j] == '亿'))
        {
            name = "1/" + (digits.Length == 0 ? string.Empty : digits) + text[j];
            end = j + 1;
            return true;
        }

        return false;
    }
}
