using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PlanSdk.Corpus;

/// <summary>
/// Gives a task's arabic figures new values of the same shape (decimal places, thousands
/// separators, full-width digits, a percentage stays at most 100 %) and swaps a figure's
/// classifier for another of its kind (<c>家</c>/<c>所</c>/<c>个</c>). Years, dates, times, ages,
/// document numbers, ordinals, codes and everything quoted or in a book title stay as written.
/// </summary>
internal static class FigureRewriter
{
    /// <summary>Classifiers of one kind: a figure's classifier may become another of its group.</summary>
    private static readonly string[][] ClassifierGroups =
    {
        new[] { "家", "所", "个" },
        new[] { "名", "位" },
        new[] { "项", "件" },
        new[] { "次", "场", "轮" },
        new[] { "台", "套" },
    };

    /// <summary>Longer units and words that start with a classifier of a group; never split.</summary>
    private static readonly string[] LongerWords = { "个百分点", "个工作日", "个月", "个小时", "个季度", "个星期", "家次", "场次", "台次", "次数", "名单", "位数", "件数", "项目" };

    /// <summary>What follows a figure that is a date, a time, an age, a duration or a session.</summary>
    private static readonly string[] KeptBefore = { "月", "日", "号", "时", "点", "届", "岁", "周岁", "年", "周年" };

    private const string RangeSeparators = "-—–~～至到－";

    public static string Rewrite(string text, SplitMix64 random)
    {
        // One factor per task keeps its figures in proportion ("from 80% to 85%", ranges).
        var factor = random.Between(50, 160) / 100m;
        var figures = Scan(text);
        LinkRanges(text, figures);
        SetNewValues(figures, factor);

        var output = new StringBuilder(text.Length + 16);
        var position = 0;
        foreach (var figure in figures)
        {
            output.Append(text, position, figure.Start - position);
            position = figure.End;
            if (figure.Keep)
            {
                output.Append(text, figure.Start, figure.End - figure.Start);
                continue;
            }

            output.Append(Format(figure, figure.NewValue));
            if (SwapClassifier(text, figure.End, random) is { } classifier)
            {
                output.Append(classifier);
                position++;
            }
        }

        output.Append(text, position, text.Length - position);
        return output.ToString();
    }

    private static List<Figure> Scan(string text)
    {
        var figures = new List<Figure>();
        var bookTitle = 0;
        var quoted = 0;
        var asciiQuoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            switch (c)
            {
                case '《':
                    bookTitle++;
                    break;
                case '》':
                    bookTitle = Math.Max(0, bookTitle - 1);
                    break;
                case '“' or '「' or '『':
                    quoted++;
                    break;
                case '”' or '」' or '』':
                    quoted = Math.Max(0, quoted - 1);
                    break;
                case '"':
                    asciiQuoted = !asciiQuoted;
                    break;
            }

            if (!IsDigit(c))
            {
                i++;
                continue;
            }

            var figure = Read(text, i);
            figure.Keep = bookTitle > 0 || quoted > 0 || asciiQuoted || figure.Keep || KeptByContext(text, figure);
            figures.Add(figure);
            i = figure.End;
        }

        return figures;
    }

    private static Figure Read(string text, int start)
    {
        var figure = new Figure { Start = start, FullWidthDigits = text[start] >= '０' };
        var digits = new StringBuilder();
        var j = start;
        while (j < text.Length && IsDigit(text[j]))
        {
            digits.Append(Ascii(text[j]));
            j++;
        }

        figure.IntegerDigits = digits.Length;
        figure.LeadingZero = digits.Length > 1 && digits[0] == '0';

        // 1,559: groups of exactly three digits after an ASCII comma.
        while (j + 3 < text.Length && text[j] == ',' && IsDigit(text[j + 1]) && IsDigit(text[j + 2]) && IsDigit(text[j + 3])
            && (j + 4 >= text.Length || !IsDigit(text[j + 4])))
        {
            digits.Append(Ascii(text[j + 1])).Append(Ascii(text[j + 2])).Append(Ascii(text[j + 3]));
            figure.Grouped = true;
            j += 4;
        }

        if (j + 1 < text.Length && IsDecimalPoint(text[j]) && IsDigit(text[j + 1]))
        {
            figure.FullWidthPoint = text[j] == '．';
            digits.Append('.');
            j++;
            while (j < text.Length && IsDigit(text[j]))
            {
                digits.Append(Ascii(text[j]));
                figure.Decimals++;
                j++;
            }
        }

        // 847.34.65: a malformed number stays malformed, as written.
        if (j + 1 < text.Length && IsDecimalPoint(text[j]) && IsDigit(text[j + 1]))
        {
            figure.Keep = true;
            while (j + 1 < text.Length && IsDecimalPoint(text[j]) && IsDigit(text[j + 1]))
            {
                j++;
                while (j < text.Length && IsDigit(text[j]))
                {
                    j++;
                }
            }
        }

        figure.End = j;
        if (digits.Length > 18)
        {
            figure.Keep = true;
        }
        else
        {
            figure.Value = decimal.Parse(digits.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        return figure;
    }

    private static bool KeptByContext(string text, Figure figure)
    {
        var before = figure.Start > 0 ? text[figure.Start - 1] : '\0';
        var after = figure.End < text.Length ? text[figure.End] : '\0';
        if (IsLatin(before) || IsLatin(after) || "+＋#/〔[【第_@".Contains(before, StringComparison.Ordinal) || "+＋#_@".Contains(after, StringComparison.Ordinal))
        {
            return true; // H7N9, TOP10, 1+10, 1/10万, 〔2015〕37号, 第3批
        }

        if (figure.LeadingZero || figure.Value == 0 || figure.IntegerDigits > 7)
        {
            return true; // 07-24, 0, codes and phone numbers
        }

        if (figure.Decimals == 0 && figure.IntegerDigits == 4 && figure.Value is >= 1900 and <= 2100)
        {
            return true; // a year
        }

        var next = SkipSpaces(text, figure.End);
        foreach (var word in KeptBefore)
        {
            if (string.CompareOrdinal(text, next, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        if (next + 1 < text.Length && text[next] is ':' or '：' && IsDigit(text[next + 1]))
        {
            return true; // 8:30
        }

        if (IsPercent(text, next))
        {
            figure.Cap = 100;
            return figure.Value > 100; // a rate over 100 % as published stays as published
        }

        if (next < text.Length && text[next] == '‰')
        {
            figure.Cap = 1000;
            return figure.Value > 1000;
        }

        return false;
    }

    /// <summary>
    /// The two figures of a range or a date (<c>5%-8%</c>, <c>1-2个</c>, <c>2020-07-24</c>) are
    /// kept together or rewritten together; a rewritten range stays in order.
    /// </summary>
    private static void LinkRanges(string text, List<Figure> figures)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            for (var k = 1; k < figures.Count; k++)
            {
                var (lower, upper) = (figures[k - 1], figures[k]);
                if (!IsRange(text, lower.End, upper.Start))
                {
                    continue;
                }

                upper.Lower = lower;
                if (lower.Keep != upper.Keep)
                {
                    lower.Keep = upper.Keep = true;
                }

                lower.Cap ??= upper.Cap;
            }
        }
    }

    private static void SetNewValues(List<Figure> figures, decimal factor)
    {
        foreach (var figure in figures)
        {
            if (figure.Keep)
            {
                continue;
            }

            var value = Math.Round(figure.Value * factor, figure.Decimals, MidpointRounding.AwayFromZero);
            var smallest = figure.Value >= 1 ? 1m : Smallest(figure.Decimals);
            value = Math.Max(value, smallest);
            if (figure.Cap is { } cap)
            {
                value = Math.Min(value, cap);
            }

            figure.NewValue = value;
            if (figure.Lower is { Keep: false } lower && lower.NewValue > value)
            {
                lower.NewValue = value; // a range stays in order after the cap
            }
        }
    }

    private static decimal Smallest(int decimals)
    {
        var smallest = 1m;
        for (var i = 0; i < decimals; i++)
        {
            smallest /= 10;
        }

        return smallest;
    }

    private static bool IsRange(string text, int from, int to)
    {
        var i = SkipSpaces(text, from);
        if (i < to && text[i] is '%' or '％' or '‰')
        {
            i = SkipSpaces(text, i + 1);
        }

        if (i >= to || !RangeSeparators.Contains(text[i], StringComparison.Ordinal) && text[i] is not ('/' or '.' or '．'))
        {
            return false;
        }

        return SkipSpaces(text, i + 1) == to;
    }

    private static string Format(Figure figure, decimal value)
    {
        var format = (figure.Grouped ? "N" : "F") + figure.Decimals.ToString(CultureInfo.InvariantCulture);
        var written = value.ToString(format, CultureInfo.InvariantCulture);
        if (!figure.FullWidthDigits && !figure.FullWidthPoint)
        {
            return written;
        }

        var builder = new StringBuilder(written.Length);
        foreach (var c in written)
        {
            builder.Append(c switch
            {
                >= '0' and <= '9' when figure.FullWidthDigits => (char)('０' + (c - '0')),
                '.' when figure.FullWidthPoint => '．',
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static string? SwapClassifier(string text, int index, SplitMix64 random)
    {
        if (index >= text.Length)
        {
            return null;
        }

        foreach (var word in LongerWords)
        {
            if (string.CompareOrdinal(text, index, word, 0, word.Length) == 0)
            {
                return null;
            }
        }

        var classifier = text[index].ToString();
        foreach (var group in ClassifierGroups)
        {
            var at = Array.IndexOf(group, classifier);
            if (at >= 0)
            {
                // Half of them change; the other half keep their classifier.
                var choice = random.Next(group.Length * 2);
                return choice < group.Length ? group[choice] : classifier;
            }
        }

        return null;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u3000')
        {
            i++;
        }

        return i;
    }

    private static bool IsPercent(string text, int i) => i < text.Length && text[i] is '%' or '％';

    private static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    private static char Ascii(char c) => c >= '０' ? (char)('0' + (c - '０')) : c;

    private static bool IsDecimalPoint(char c) => c is '.' or '．';

    private static bool IsLatin(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= 'Ａ' and <= 'Ｚ') or (>= 'ａ' and <= 'ｚ');

    private sealed class Figure
    {
        public int Start { get; set; }

        public int End { get; set; }

        public decimal Value { get; set; }

        public decimal NewValue { get; set; }

        public int IntegerDigits { get; set; }

        public int Decimals { get; set; }

        public bool Grouped { get; set; }

        public bool LeadingZero { get; set; }

        public bool FullWidthDigits { get; set; }

        public bool FullWidthPoint { get; set; }

        public decimal? Cap { get; set; }

        public Figure? Lower { get; set; }

        public bool Keep { get; set; }
    }
}
