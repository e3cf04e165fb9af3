using System;

namespace PlanSdk.Extraction.Quantities;

/// <summary>
/// The words that say how a figure compares (spec table): written before the number
/// (<c>不低于</c>, <c>≤</c>, <c>约</c>) or after it (<c>以上</c>, <c>以内</c>, <c>左右</c>).
/// </summary>
internal static class ComparisonWords
{
    /// <summary>Words written straight before the number, longest first.</summary>
    private static readonly (string Word, Comparison Comparison)[] Before =
    {
        ("不低于", Comparison.AtLeast), ("不少于", Comparison.AtLeast), ("不小于", Comparison.AtLeast), ("不下于", Comparison.AtLeast),
        ("不超过", Comparison.AtMost), ("不高于", Comparison.AtMost), ("不大于", Comparison.AtMost), ("不多于", Comparison.AtMost),
        ("至少", Comparison.AtLeast), ("最少", Comparison.AtLeast), ("最多", Comparison.AtMost), ("最高", Comparison.AtMost),
        ("大约", Comparison.Approximately), ("将近", Comparison.Approximately), ("接近", Comparison.Approximately),
        ("超过", Comparison.MoreThan), ("大于", Comparison.MoreThan), ("多于", Comparison.MoreThan), ("高于", Comparison.MoreThan),
        ("低于", Comparison.LessThan), ("小于", Comparison.LessThan), ("少于", Comparison.LessThan), ("不足", Comparison.LessThan),
        (">=", Comparison.AtLeast), ("<=", Comparison.AtMost), ("≥", Comparison.AtLeast), ("≧", Comparison.AtLeast),
        ("≤", Comparison.AtMost), ("≦", Comparison.AtMost), (">", Comparison.MoreThan), ("＞", Comparison.MoreThan),
        ("<", Comparison.LessThan), ("＜", Comparison.LessThan), ("逾", Comparison.MoreThan), ("约", Comparison.Approximately),
        ("近", Comparison.Approximately),
    };

    /// <summary>Words written straight after the number and its unit, longest first.</summary>
    private static readonly (string Word, Comparison Comparison)[] After =
    {
        ("及以上", Comparison.AtLeast), ("及以下", Comparison.AtMost), ("以上", Comparison.AtLeast), ("以下", Comparison.AtMost),
        ("以内", Comparison.AtMost), ("之内", Comparison.AtMost), ("左右", Comparison.Approximately), ("上下", Comparison.Approximately),
    };

    /// <summary>Characters that, before <c>约</c> or <c>近</c>, make a word (签约, 预约, 最近) rather than "about".</summary>
    private const string WordFormingBeforeApprox = "签预节制履违契合邀公特相集简婉大最附靠邻就亲贴将接";

    /// <summary>The comparison word that ends just before <paramref name="end"/>, with where it starts.</summary>
    public static bool TryMatchBefore(string text, int end, out Comparison comparison, out int start)
    {
        foreach (var (word, value) in Before)
        {
            var at = end - word.Length;
            if (at < 0 || string.CompareOrdinal(text, at, word, 0, word.Length) != 0)
            {
                continue;
            }

            if (word is "约" or "近" && at > 0 && WordFormingBeforeApprox.IndexOf(text[at - 1]) >= 0)
            {
                continue;
            }

            comparison = value;
            start = at;
            return true;
        }

        comparison = Comparison.Exactly;
        start = end;
        return false;
    }

    /// <summary>The comparison word that starts at <paramref name="start"/>, with its length.</summary>
    public static bool TryMatchAfter(string text, int start, out Comparison comparison, out int length)
    {
        foreach (var (word, value) in After)
        {
            if (string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
            {
                comparison = value;
                length = word.Length;
                return true;
            }
        }

        comparison = Comparison.Exactly;
        length = 0;
        return false;
    }

    /// <summary><c>至少</c> or <c>最多</c> earlier in the clause, separated from the number by a verb (<c>至少建成1个</c>).</summary>
    public static bool TryMatchDistant(string text, int clauseStart, int numberStart, out Comparison comparison)
    {
        var from = Math.Max(clauseStart, numberStart - 8);
        var window = text.Substring(from, numberStart - from);
        if (window.IndexOf("至少", StringComparison.Ordinal) >= 0 || window.IndexOf("最少", StringComparison.Ordinal) >= 0)
        {
            comparison = Comparison.AtLeast;
            return true;
        }

        if (window.IndexOf("最多", StringComparison.Ordinal) >= 0)
        {
            comparison = Comparison.AtMost;
            return true;
        }

        comparison = Comparison.Exactly;
        return false;
    }
}
