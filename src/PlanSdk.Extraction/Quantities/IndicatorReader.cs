using System.Text.RegularExpressions;
using PlanSdk.Extraction.Text;

namespace PlanSdk.Extraction.Quantities;

/// <summary>
/// Names what a quantity measures, as written next to it. When the figure is the object of a
/// predicate (<c>全人群签约率达61%</c>) or closes its clause (<c>建成…次中心7家</c>), the thing
/// measured stands before it; when the number counts the noun that follows it
/// (<c>遴选250名中医专家</c>, <c>40%的社区卫生服务中心…</c>), or nothing but framing words stands
/// before it, it is the phrase after.
/// </summary>
internal static class IndicatorReader
{
    private static readonly Regex LeadingDate = new(
        @"^(?:(?:到|至|于|在|截至|截止)\s*)?(?:\d{4}\s*年\s*(?:\d{1,2}\s*月\s*)?(?:底前|底|末|内|前|度)?|\d{1,2}\s*月\s*(?:底|末|份)?\s*前?)",
        RegexOptions.CultureInvariant);

    /// <param name="text">The logical text.</param>
    /// <param name="preStart">Where the words before the quantity start (clause start or the previous quantity's end).</param>
    /// <param name="q">The quantity.</param>
    /// <param name="postEnd">Where the words after the quantity end (clause end or the next quantity's start).</param>
    /// <param name="previousClauseStart">Where the clause before this one in the sentence starts, or -1.</param>
    public static string Read(string text, int preStart, RawQuantity q, int postEnd, int previousClauseStart)
    {
        var pre = Trim(text.Substring(preStart, q.PrefixStart - preStart));
        var post = PostNoun(text, q.End, postEnd);
        var measured = StripLeadingVerb(StripTrailing(StripFraming(pre, outputOnly: true)));
        var core = StripFraming(pre, outputOnly: false);
        var countsPeople = q.UnitName is "名" or "人" or "人次";
        if (core.Length == 0 && !(countsPeople && measured.Length > 0) || IsOnlyVerbs(measured) && !countsPeople)
        {
            // Only verbs stand before the number. For people (招聘1559名, 培训300人次) the verb names what
            // is counted; for things (年内建成2个) the noun is elsewhere.
            measured = string.Empty;
        }

        if (PlanWords.PredicateVerbs.MatchEndingAt(pre, pre.Length) is not null && measured.Length > 0)
        {
            return measured;
        }

        var useAfter = core.Length == 0
            || pre.EndsWith("等", System.StringComparison.Ordinal)
            || (post.Length > 0 && StartsWithNoun(post));
        if (useAfter && post.Length > 0)
        {
            return post;
        }

        if (measured.Length > 0)
        {
            return measured;
        }

        // 加快建设紧密型城市医疗集团,年内建成2个: the clause names no object; the clause before it does,
        // before any number of its own (新建村卫生室15所,累计达到210所).
        if (previousClauseStart >= 0 && previousClauseStart < preStart)
        {
            var end = previousClauseStart;
            while (end < preStart && !Chars.IsClauseDelimiter(text[end]) && !Chars.IsDigit(text[end]))
            {
                end++;
            }

            var subject = StripTrailing(StripFraming(Trim(text.Substring(previousClauseStart, end - previousClauseStart)), outputOnly: false));
            if (subject.Length > 0 && PlanWords.FramePrepositions.MatchAt(subject, 0) is null)
            {
                return subject;
            }
        }

        return pre.Length > 0 ? pre : post;
    }

    /// <summary>
    /// Drops the verb that opens the phrase (<c>新建营养健康食堂</c> → <c>营养健康食堂</c>), one only, and
    /// only when a phrase of two or more characters is left: many verbs are also nouns (<c>筛查覆盖率</c>).
    /// </summary>
    private static string StripLeadingVerb(string phrase)
    {
        var verb = PlanWords.ActionVerbs.MatchAt(phrase, 0);
        return verb is not null && phrase.Length - verb.Length >= 2 ? phrase.Substring(verb.Length) : phrase;
    }

    private static bool IsOnlyVerbs(string phrase)
    {
        var rest = phrase;
        while (rest.Length > 0)
        {
            var verb = PlanWords.ActionVerbs.MatchAt(rest, 0) ?? PlanWords.PredicateVerbs.MatchAt(rest, 0);
            if (verb is null)
            {
                return false;
            }

            rest = rest.Substring(verb.Length);
        }

        return true;
    }

    private static string PostNoun(string text, int start, int end)
    {
        var i = start;
        while (i < end && Chars.IsSpace(text[i]))
        {
            i++;
        }

        if (i < end && text[i] == '的')
        {
            i++;
        }

        // 城区不超过12分钟、农村不超过20分钟: after 、 comes the next item, not the counted noun.
        if (i >= end || text[i] == '、')
        {
            return string.Empty;
        }

        // 10个以高血压、糖尿病为重点,集…为一体的医防融合试点首席专家工作室: a 以…为… modifier, which may
        // run over commas, stands before the counted noun; the noun is what follows its last 的.
        if (text[i] == '以' && end < text.Length && Chars.IsComma(text[end]))
        {
            var sentenceEnd = end;
            while (sentenceEnd < text.Length && !Chars.IsSentenceEnd(text[sentenceEnd]) && text[sentenceEnd] != '\n')
            {
                sentenceEnd++;
            }

            var lastDe = text.LastIndexOf('的', sentenceEnd - 1, sentenceEnd - i);
            if (lastDe > end)
            {
                return StripTrailing(Trim(text.Substring(lastDe + 1, sentenceEnd - lastDe - 1)));
            }
        }

        return StripTrailing(Trim(text.Substring(i, end - i)));
    }

    private static bool StartsWithNoun(string post)
    {
        var first = post[0];
        if (!(Chars.IsHan(first) || Chars.IsLatin(first) || Chars.IsOpenQuote(first) || Chars.IsOpenParen(first)))
        {
            return false;
        }

        return PlanWords.VerbsAfterQuantity.MatchAt(post, 0) is null;
    }

    /// <summary>Removes leading scope, time and modal words (and, unless <paramref name="outputOnly"/>, verbs and single-character function words).</summary>
    private static string StripFraming(string phrase, bool outputOnly)
    {
        var changed = true;
        while (changed && phrase.Length > 0)
        {
            changed = false;
            var date = LeadingDate.Match(phrase);
            if (date.Success && date.Length > 0)
            {
                phrase = Trim(phrase.Substring(date.Length));
                changed = true;
                continue;
            }

            var word = PlanWords.FramingWordNouns.MatchAt(phrase, 0) is null ? PlanWords.FramingWords.MatchAt(phrase, 0) : null;
            if (word is not null && (!outputOnly || word.Length > 1))
            {
                phrase = Trim(phrase.Substring(word.Length));
                changed = true;
                continue;
            }

            if (!outputOnly && PlanWords.ActionVerbs.MatchAt(phrase, 0) is { } verb)
            {
                phrase = Trim(phrase.Substring(verb.Length));
                changed = true;
            }
        }

        return phrase;
    }

    /// <summary>Removes trailing predicate verbs and particles (<c>达到</c>, <c>控制在</c>, <c>各</c>, <c>的</c>).</summary>
    private static string StripTrailing(string phrase)
    {
        var changed = true;
        while (changed && phrase.Length > 0)
        {
            changed = false;
            var verb = PlanWords.PredicateVerbs.MatchEndingAt(phrase, phrase.Length);
            if (verb is not null && verb.Length < phrase.Length)
            {
                phrase = Trim(phrase.Substring(0, phrase.Length - verb.Length));
                changed = true;
                continue;
            }

            var particle = PlanWords.TrailingParticles.MatchEndingAt(phrase, phrase.Length);
            if (particle is not null && particle.Length < phrase.Length)
            {
                phrase = Trim(phrase.Substring(0, phrase.Length - particle.Length));
                changed = true;
            }
            else if (Chars.IsSpace(phrase[phrase.Length - 1]))
            {
                phrase = Trim(phrase);
            }
        }

        return phrase;
    }

    private static string Trim(string phrase)
    {
        var start = 0;
        var end = phrase.Length;
        while (start < end && (Chars.IsSpace(phrase[start]) || phrase[start] is '、' or ',' or '，' or ';' or '；' or ':' or '：'))
        {
            start++;
        }

        while (end > start && Chars.IsSpace(phrase[end - 1]))
        {
            end--;
        }

        return phrase.Substring(start, end - start);
    }
}
