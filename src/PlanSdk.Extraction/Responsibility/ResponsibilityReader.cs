using System.Collections.Generic;
using PlanSdk.Extraction.Text;

namespace PlanSdk.Extraction.Responsibility;

/// <summary>
/// Reads the responsibility clause of a task: a parenthesised clause at its end
/// (<c>(委办公室牵头,市爱卫办、委机关各科室等参与落实)</c>, <c>(X、Y分别牵头,Z参与完善)</c>) or keyed
/// lists (<c>牵头单位:X;配合单位:Y</c>). Prose such as <c>以县人民医院为牵头单位</c> is not a clause.
/// </summary>
internal static class ResponsibilityReader
{
    private static readonly WordList[] AllKeys = { ResponsibilityWords.LeadKeys, ResponsibilityWords.ParticipantKeys };

    /// <summary>The clause in <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>, or null.</summary>
    public static ResponsibilityClause? Read(string text, int start, int end)
    {
        ResponsibilityClause? found = null;
        foreach (var (open, close) in ParenthesisedGroups(text, start, end))
        {
            var clause = Parse(text, open + 1, close);
            if (clause is not null)
            {
                found = clause with { Start = open, End = close + 1 };
            }
        }

        return found ?? ParseKeyed(text, start, end);
    }

    private static IEnumerable<(int Open, int Close)> ParenthesisedGroups(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!Chars.IsOpenParen(text[i]))
            {
                continue;
            }

            var depth = 0;
            for (var j = i; j < end; j++)
            {
                if (Chars.IsOpenParen(text[j]))
                {
                    depth++;
                }
                else if (Chars.IsCloseParen(text[j]) && --depth == 0)
                {
                    yield return (i, j);
                    i = j;
                    break;
                }
            }
        }
    }

    private static ResponsibilityClause? Parse(string text, int start, int end)
    {
        var lead = new List<string>();
        var participants = new List<string>();
        string? prefix = null;
        var recognised = false;
        var unsplit = false;
        List<string>? keyedList = null; // a keyed list (责任单位:X,Y) runs on over commas
        foreach (var segment in Segments(text, start, end))
        {
            if (TryParseKeyed(segment, ref prefix, lead, participants, out var keyed))
            {
                recognised = true;
                keyedList = keyed;
                continue;
            }

            var leadVerb = ResponsibilityWords.LeadVerbs.MatchEndingAt(segment, segment.Length);
            var participantVerb = ResponsibilityWords.ParticipantVerbs.MatchEndingAt(segment, segment.Length);
            if (participantVerb is not null && (leadVerb is null || participantVerb.Length >= leadVerb.Length))
            {
                var names = UnitListSplitter.Split(segment.Substring(0, segment.Length - participantVerb.Length), ref prefix);
                participants.AddRange(names);
                unsplit |= names.Count == 0;
                recognised = true;
                keyedList = null;
            }
            else if (leadVerb is not null)
            {
                var names = UnitListSplitter.Split(segment.Substring(0, segment.Length - leadVerb.Length), ref prefix);
                lead.AddRange(names);
                unsplit |= names.Count == 0;
                recognised = true;
                keyedList = null;
            }
            else
            {
                keyedList?.AddRange(UnitListSplitter.Split(segment, ref prefix));
            }
        }

        return recognised && (lead.Count > 0 || participants.Count > 0)
            ? new ResponsibilityClause(Distinct(lead), Distinct(participants), start, end, unsplit)
            : null;
    }

    private static bool TryParseKeyed(string segment, ref string? prefix, List<string> lead, List<string> participants, out List<string>? list)
    {
        for (var role = 0; role < 2; role++)
        {
            var (keys, target) = role == 0 ? (ResponsibilityWords.LeadKeys, lead) : (ResponsibilityWords.ParticipantKeys, participants);
            var key = keys.MatchAt(segment, 0);
            if (key is null)
            {
                continue;
            }

            var rest = segment.Substring(key.Length).TrimStart(' ', '\u3000');
            if (rest.Length > 0 && Chars.IsColon(rest[0]))
            {
                target.AddRange(UnitListSplitter.Split(rest.Substring(1), ref prefix));
                list = target;
                return true;
            }
        }

        list = null;
        return false;
    }

    /// <summary>Keyed lists anywhere in the node (<c>牵头单位:市卫健委;配合单位:市财政局</c>).</summary>
    private static ResponsibilityClause? ParseKeyed(string text, int start, int end)
    {
        var lead = new List<string>();
        var participants = new List<string>();
        string? prefix = null;
        var first = -1;
        var last = -1;
        foreach (var keys in AllKeys)
        {
            foreach (var key in keys.Words)
            {
                for (var at = text.IndexOf(key, start, end - start, System.StringComparison.Ordinal); at >= 0 && at < end;
                     at = at + key.Length < end ? text.IndexOf(key, at + key.Length, end - at - key.Length, System.StringComparison.Ordinal) : -1)
                {
                    var stop = at + key.Length;
                    while (stop < end && !(Chars.IsSentenceEnd(text[stop]) || text[stop] == '\n' || Chars.IsCloseParen(text[stop])))
                    {
                        stop++;
                    }

                    if (TryParseKeyed(text.Substring(at, stop - at), ref prefix, lead, participants, out _))
                    {
                        first = first < 0 ? at : System.Math.Min(first, at);
                        last = System.Math.Max(last, stop);
                    }
                }
            }
        }

        return lead.Count > 0 || participants.Count > 0
            ? new ResponsibilityClause(Distinct(lead), Distinct(participants), first, last)
            : null;
    }

    private static IEnumerable<string> Segments(string text, int start, int end)
    {
        var segmentStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || Chars.IsComma(text[i]) || text[i] is ';' or '；')
            {
                var segment = text.Substring(segmentStart, i - segmentStart).Trim(' ', '\t', '\u3000');
                if (segment.Length > 0)
                {
                    yield return segment;
                }

                segmentStart = i + 1;
            }
        }
    }

    private static List<string> Distinct(List<string> names)
    {
        var result = new List<string>();
        foreach (var name in names)
        {
            if (name.Length > 0 && !result.Contains(name))
            {
                result.Add(name);
            }
        }

        return result;
    }
}
