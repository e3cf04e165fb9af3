using System;
using System.Text.RegularExpressions;
using PlanSdk.Extraction.Noise;
using PlanSdk.Extraction.Outline;
using PlanSdk.Extraction.Text;

namespace PlanSdk.Extraction.Metadata;

/// <summary>
/// Reads the title, issuer and year from the head of a plan: a <c>标题:</c> field, a short title
/// line naming the kind of document (<c>…工作要点</c>, <c>…工作计划</c>), a title in <c>《》</c>;
/// the issuer from a line of its own (<c>…卫生健康委员会</c>), a <c>发布机构</c> field or the title's
/// opening words; the year from the title.
/// </summary>
internal static class MetadataReader
{
    private const int HeadLines = 30;
    private const int MaxTitleLength = 60;

    private static readonly string[] DocumentKinds =
    {
        "工作要点", "工作计划", "工作总结", "工作思路", "工作安排", "工作方案", "实施方案", "行动计划", "要点", "计划", "总结", "思路",
    };

    private static readonly string[] IssuerEndings =
    {
        "卫生健康委员会", "卫生和计划生育委员会", "卫生计生委员会", "卫生健康局", "卫生计生局", "卫生局", "卫健委", "卫健局", "卫计委",
        "卫生健康委", "卫生计生委",
        "人民政府", "委员会", "办公室",
    };

    private static readonly Regex TitleField = new(@"^\s*标题\s*[:：]\s*(.+?)\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex IssuerField = new(@"(?:发布机构|发文机关|发文单位)\s*[:：]?\s*([\u4e00-\u9fff（）()]+)", RegexOptions.CultureInvariant);
    private static readonly Regex BookTitle = new(@"《([^《》\n]{4,60})》", RegexOptions.CultureInvariant);
    // ASCII and full-width digits only: \d would also match other scripts' digits, which are no year of these documents.
    private static readonly Regex Year = new(@"(?<![0-9０-９])((?:[1１][9９]|[2２][0０])[0-9０-９]{2})(?![0-9０-９])", RegexOptions.CultureInvariant);

    public static PlanMetadata Read(SourceText source, NoiseMap noise)
    {
        var title = FindTitle(source, noise);
        var issuer = FindIssuer(source, noise, title);
        // A summary-and-plan title names two years (2022年工作总结及2023年工作计划): the plan's year is the later one.
        int? year = null;
        if (title is not null)
        {
            foreach (Match match in Year.Matches(title))
            {
                var value = YearValue(match.Groups[1].Value);
                year = year is null || value > year ? value : year;
            }
        }

        return new PlanMetadata(title, issuer, year);
    }

    private static string? FindTitle(SourceText source, NoiseMap noise)
    {
        var lines = Math.Min(source.LineCount, HeadLines);
        for (var line = 0; line < lines; line++)
        {
            var field = TitleField.Match(source.LineText(line));
            if (field.Success)
            {
                return field.Groups[1].Value;
            }
        }

        for (var line = 0; line < lines; line++)
        {
            if (noise.Roles[line] != LineRole.Content)
            {
                continue;
            }

            var text = source.LineText(line).Trim(' ', '\t', '\u3000');
            if (MarkerReader.TryRead(text, 0, out _))
            {
                break; // the body has started: a heading is not the document title
            }

            if (text.Length <= MaxTitleLength && NamesDocumentKind(text) && !IsSentence(text)
                && !text.StartsWith("关于", StringComparison.Ordinal) && !text.EndsWith("通知", StringComparison.Ordinal))
            {
                return text;
            }
        }

        for (var line = 0; line < lines; line++)
        {
            foreach (Match quoted in BookTitle.Matches(source.LineText(line)))
            {
                if (NamesDocumentKind(quoted.Groups[1].Value))
                {
                    return quoted.Groups[1].Value;
                }
            }
        }

        return null;
    }

    private static string? FindIssuer(SourceText source, NoiseMap noise, string? title)
    {
        var lines = Math.Min(source.LineCount, HeadLines);
        for (var line = 0; line < lines; line++)
        {
            if (noise.Roles[line] != LineRole.Content)
            {
                continue;
            }

            var text = source.LineText(line).Trim(' ', '\t', '\u3000');
            if (text.Length is > 3 and <= 30 && EndsLikeIssuer(text) && !IsSentence(text) && !text.StartsWith("关于", StringComparison.Ordinal))
            {
                return text;
            }
        }

        for (var line = 0; line < lines; line++)
        {
            var field = IssuerField.Match(source.LineText(line));
            if (field.Success && EndsLikeIssuer(field.Groups[1].Value) && field.Groups[1].Value.Length > 3)
            {
                return field.Groups[1].Value;
            }
        }

        if (title is not null && Year.Match(title) is { Success: true } year && year.Index > 0)
        {
            var opening = title.Substring(0, year.Index).Trim();
            if (EndsLikeIssuer(opening))
            {
                return opening;
            }
        }

        return null;
    }

    /// <summary>The value of four ASCII or full-width digits (<c>２０１９</c> is 2019).</summary>
    private static int YearValue(string digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + Chars.DigitValue(c);
        }

        return value;
    }

    private static bool NamesDocumentKind(string text)
    {
        foreach (var kind in DocumentKinds)
        {
            if (text.IndexOf(kind, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsLikeIssuer(string text)
    {
        foreach (var ending in IssuerEndings)
        {
            if (text.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSentence(string text)
    {
        foreach (var c in text)
        {
            if (Chars.IsSentenceEnd(c) || Chars.IsComma(c) || Chars.IsColon(c))
            {
                return true;
            }
        }

        return false;
    }
}
