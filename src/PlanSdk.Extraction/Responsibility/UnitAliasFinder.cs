using System.Collections.Generic;

namespace PlanSdk.Extraction.Responsibility;

/// <summary>
/// Groups the spellings of one unit: a shorter spelling is an abbreviation of a longer one when it
/// keeps the same first and last character and its characters appear in the longer one in order
/// (<c>委规信科</c> in <c>委规划信息科</c>, <c>委基层科</c> in <c>委基层指导科</c>), and it abbreviates no
/// other spelling. Collective phrases are never merged.
/// </summary>
internal static class UnitAliasFinder
{
    private const int MinAbbreviationLength = 3;

    public static EquatableArray<ResponsibleUnitEntry> Group(IReadOnlyList<string> spellings)
    {
        var canonicalOf = new Dictionary<string, string>();
        foreach (var shorter in spellings)
        {
            if (IsCollective(shorter) || shorter.Length < MinAbbreviationLength)
            {
                continue;
            }

            string? match = null;
            var matches = 0;
            foreach (var longer in spellings)
            {
                if (longer.Length > shorter.Length && !IsCollective(longer) && Abbreviates(shorter, longer))
                {
                    match = longer;
                    matches++;
                }
            }

            if (matches == 1)
            {
                canonicalOf[shorter] = match!;
            }
        }

        var entries = new List<(string Name, List<string> Aliases)>();
        var index = new Dictionary<string, int>();
        foreach (var spelling in spellings)
        {
            var name = Resolve(canonicalOf, spelling);
            if (!index.TryGetValue(name, out var at))
            {
                index[name] = at = entries.Count;
                entries.Add((name, new List<string>()));
            }

            if (spelling != name && !entries[at].Aliases.Contains(spelling))
            {
                entries[at].Aliases.Add(spelling);
            }
        }

        var result = new List<ResponsibleUnitEntry>();
        foreach (var (name, aliases) in entries)
        {
            result.Add(new ResponsibleUnitEntry(name, aliases.ToEquatableArray(), IsCollective(name)));
        }

        return result.ToEquatableArray();
    }

    /// <summary>True for a phrase naming a group of units (<c>委机关各相关科室</c>).</summary>
    public static bool IsCollective(string name) => ResponsibilityWords.CollectiveWords.OccursIn(name);

    private static string Resolve(Dictionary<string, string> canonicalOf, string spelling)
    {
        var name = spelling;
        for (var guard = 0; guard < 8 && canonicalOf.TryGetValue(name, out var next); guard++)
        {
            name = next;
        }

        return name;
    }

    private static bool Abbreviates(string shorter, string longer)
    {
        // 医政医管科 and 委医政医管科: the same unit, once with its place prefix and once without.
        var prefix = ResponsibilityWords.ScopePrefixes.MatchAt(longer, 0);
        if (prefix is not null && prefix != "各" && string.CompareOrdinal(longer, prefix.Length, shorter, 0, shorter.Length) == 0
            && longer.Length == prefix.Length + shorter.Length && ResponsibilityWords.ScopePrefixes.MatchAt(shorter, 0) is null)
        {
            return true;
        }

        if (shorter[0] != longer[0] || shorter[shorter.Length - 1] != longer[longer.Length - 1])
        {
            return false;
        }

        var j = 0;
        foreach (var c in longer)
        {
            if (j < shorter.Length && shorter[j] == c)
            {
                j++;
            }
        }

        return j == shorter.Length;
    }
}
