using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using PlanSdk.Extraction.Outline;
using PlanSdk.Extraction.Text;

namespace PlanSdk.Extraction.Noise;

/// <summary>
/// Finds what is not plan text by general signs of how such copies are made: web-page chrome and
/// publication metadata at the top, copyright and contact trailers at the bottom (numbered or not),
/// and aggregator adverts pasted inside sentences.
/// </summary>
internal static class NoiseDetector
{
    private static readonly Regex DateLine = new(
        @"^[(（]?\s*\d{4}\s*[年\-./]\s*\d{1,2}\s*[月\-./]\s*\d{1,2}\s*日?\s*[)）]?$", RegexOptions.CultureInvariant);

    private static readonly Regex DocumentNumberLine = new(
        @"^[\u4e00-\u9fff]{1,10}\s*[〔\[【(（]\s*\d{4}\s*[〕\]】)）]\s*\d{1,4}\s*号$", RegexOptions.CultureInvariant);

    /// <summary>The printing line of an official document: <c>XX市卫生健康委员会办公室 2023年2月1日印发</c>.</summary>
    private static readonly Regex PrintedLine = new(@"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$", RegexOptions.CultureInvariant);

    private static readonly Regex PageNumberLine = new(
        @"^(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3})$", RegexOptions.CultureInvariant);

    private static readonly Regex BracketedControls = new(@"^(?:\s*[【\[][^】\]]{1,16}[】\]]\s*)+$", RegexOptions.CultureInvariant);

    private static readonly Regex WebAddress = new(
        @"(?:https?://|www\.)[A-Za-z0-9./?=&_%\-]+|[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant);

    /// <summary>Adverts pasted into sentences by aggregator sites (<c>医学∣教育网搜集整理</c>).</summary>
    private static readonly Regex InlineAdvert = new(
        @"[\u4e00-\u9fff]{2}[∣｜丨|][\u4e00-\u9fff]{1,4}网(?:搜集|收集|整理|编辑|发布|提供|原创)*"
        + @"|[\u4e00-\u9fff]{2,6}网(?:搜集|收集)整理"
        + @"|[(（]?(?:本文)?(?:来源|转自|摘自)[:：]\s*[\u4e00-\u9fffA-Za-z]{2,12}网[)）]?"
        + @"|(?:https?://|www\.)[A-Za-z0-9./?=&_%\-]+",
        RegexOptions.CultureInvariant);

    /// <summary>Separators that aggregator sites put inside their names (<c>医学∣教育网</c>).</summary>
    private static readonly char[] AdvertSeparators = { '∣', '｜', '丨', '|' };

    /// <summary>Words without which no other inline advert form matches.</summary>
    private static readonly WordList AdvertWords = new("搜集整理", "收集整理", "来源", "转自", "摘自", "http", "www.");

    /// <summary>Metadata lines (dates, document numbers, page numbers) are short.</summary>
    private const int MaxMetadataLineLength = 40;

    public static NoiseMap Detect(SourceText source)
    {
        var roles = new LineRole[source.LineCount];
        var inline = new List<(int Start, int End)>();
        var bodyStarted = false;
        var inTrailerBlock = false;
        var inAttachmentList = false;
        for (var line = 0; line < source.LineCount; line++)
        {
            var text = source.LineText(line);
            var core = Core(text);
            LineRole role;
            if (core.Length == 0)
            {
                role = IsBlank(text) ? LineRole.Blank : LineRole.Chrome;
            }
            else if (inTrailerBlock)
            {
                role = LineRole.Trailer;
            }
            else if (inAttachmentList && IsAttachmentEntry(core))
            {
                role = LineRole.Trailer;
            }
            else if (bodyStarted && IsAttachmentListStart(core))
            {
                inAttachmentList = true;
                role = LineRole.Trailer;
            }
            else if (IsChrome(core))
            {
                role = LineRole.Chrome;
            }
            else if (bodyStarted && StartsWithAny(core, NoiseWords.TrailerBlockKeys))
            {
                inTrailerBlock = true;
                role = LineRole.Trailer;
            }
            else if (bodyStarted && IsTrailerLine(core))
            {
                role = LineRole.Trailer;
            }
            else
            {
                role = LineRole.Content;
                bodyStarted |= StartsWithMarker(core);
                FindInlineNoise(source, line, text, inline);
            }

            inAttachmentList &= role != LineRole.Content;
            roles[line] = role;
        }

        return new NoiseMap(roles, inline);
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!Chars.IsSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The line without leading bullets and spaces and without trailing spaces.</summary>
    private static string Core(string text)
    {
        var start = 0;
        while (start < text.Length && (Chars.IsSpace(text[start]) || IsBullet(text[start])))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && Chars.IsSpace(text[end - 1]))
        {
            end--;
        }

        var core = text.Substring(start, end - start);
        return IsOnlyPunctuation(core) ? string.Empty : core;
    }

    private static bool IsBullet(char c) => c is '•' or '·' or '●' or '■' or '◆' or '▪' or '○' or '◎' or '★' or '☆' or '*' or '|' or '∣' or '｜';

    private static bool IsOnlyPunctuation(string core)
    {
        foreach (var c in core)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsChrome(string core)
    {
        if (StartsWithKey(core, NoiseWords.ChromeKeys) || StartsWithAny(core, NoiseWords.ChromeStarts) || BracketedControls.IsMatch(core))
        {
            return true;
        }

        if (Chars.IsOpenParen(core[0]) && core.Length > 2 && StartsWithKey(core.Substring(1), NoiseWords.ChromeKeys))
        {
            return true;
        }

        if (CountBreadcrumbSeparators(core) >= 2 && core.IndexOf('。') < 0)
        {
            return true;
        }

        return core.Length <= MaxMetadataLineLength
            && (DateLine.IsMatch(core) || DocumentNumberLine.IsMatch(core) || PageNumberLine.IsMatch(core) || PrintedLine.IsMatch(core));
    }

    private static int CountBreadcrumbSeparators(string core)
    {
        var count = 0;
        foreach (var c in core)
        {
            if (c is '>' or '＞' or '»' or '›')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A key followed by a colon, a space, a bracket or the end of the line.</summary>
    private static bool StartsWithKey(string core, string[] keys)
    {
        foreach (var key in keys)
        {
            if (!core.StartsWith(key, StringComparison.Ordinal))
            {
                continue;
            }

            if (core.Length == key.Length)
            {
                return true;
            }

            var next = core[key.Length];
            if (Chars.IsColon(next) || Chars.IsSpace(next) || next is '[' or '【' or '(' or '（' or '：')
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAny(string core, string[] keys)
    {
        foreach (var key in keys)
        {
            if (core.StartsWith(key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTrailerLine(string core)
    {
        foreach (var key in NoiseWords.TrailerLineKeys)
        {
            if (!core.StartsWith(key, StringComparison.Ordinal))
            {
                continue;
            }

            // Site notices (本网站…, 本站…) stand alone; field keys (电话, 地址) need their colon.
            var isNotice = key.StartsWith("本", StringComparison.Ordinal) || key is "Copyright" or "copyright" or "©" or "版权所有";
            if (isNotice || (core.Length > key.Length && Chars.IsColon(core[key.Length])))
            {
                return true;
            }
        }

        var words = 0;
        foreach (var word in NoiseWords.SiteNoticeWords)
        {
            if (core.IndexOf(word, StringComparison.Ordinal) >= 0 && ++words >= 2)
            {
                return true;
            }
        }

        return core.Length < 80 && WebAddress.IsMatch(core);
    }

    /// <summary><c>附件：</c>, <c>附件1</c>, <c>附件</c> alone: the plan lists its attachments.</summary>
    private static bool IsAttachmentListStart(string core)
    {
        foreach (var key in NoiseWords.AttachmentKeys)
        {
            if (!core.StartsWith(key, StringComparison.Ordinal))
            {
                continue;
            }

            if (core.Length == key.Length)
            {
                return true;
            }

            var next = core[key.Length];
            if (Chars.IsColon(next) || Chars.IsDigit(next) || Chars.IsSpace(next))
            {
                return IsAttachmentEntry(core);
            }
        }

        return false;
    }

    /// <summary>A short title line with no sentence in it: an entry of an attachment list.</summary>
    private static bool IsAttachmentEntry(string core)
    {
        if (core.Length > 40)
        {
            return false;
        }

        foreach (var c in core)
        {
            if (Chars.IsSentenceEnd(c) || Chars.IsComma(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWithMarker(string core) => MarkerReader.TryRead(core, 0, out _);

    private static void FindInlineNoise(SourceText source, int line, string text, List<(int Start, int End)> inline)
    {
        // Every advert form holds one of these signs; most lines hold none and skip the regular expression.
        if (text.IndexOfAny(AdvertSeparators) < 0 && !AdvertWords.OccursIn(text))
        {
            return;
        }

        var lineStart = source.LineStart(line);
        foreach (Match match in InlineAdvert.Matches(text))
        {
            inline.Add((lineStart + match.Index, lineStart + match.Index + match.Length));
        }
    }
}
