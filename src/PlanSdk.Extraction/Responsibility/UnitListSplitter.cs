using System.Collections.Generic;

namespace PlanSdk.Extraction.Responsibility;

/// <summary>
/// Splits a list of units (<c>委基层指导科、人事科、体改科</c>) into names: on <c>、</c> and <c>/</c>,
/// and on <c>和</c>/<c>及</c>/<c>与</c> only between two complete unit names; drops a trailing
/// <c>等</c>; and gives items that lack a place prefix the prefix written before them
/// (<c>委人事科</c>, <c>委体改科</c>).
/// </summary>
internal static class UnitListSplitter
{
    /// <summary>Endings of an open list (<c>…等</c>): they close the list and name no unit.</summary>
    private static readonly string[] ListEndings = { "等单位", "等部门", "等科室", "等" };

    public static List<string> Split(string list, ref string? carriedPrefix)
    {
        var names = new List<string>();
        foreach (var raw in SplitOnSeparators(list))
        {
            foreach (var part in SplitOnConjunctions(raw))
            {
                var name = Clean(part);
                if (name.Length == 0)
                {
                    continue;
                }

                var prefix = ResponsibilityWords.ScopePrefixes.MatchAt(name, 0);
                if (prefix is not null)
                {
                    carriedPrefix = prefix == "各" ? carriedPrefix : prefix;
                }
                else if (carriedPrefix is not null)
                {
                    name = carriedPrefix + name;
                }

                if (!names.Contains(name))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    private static IEnumerable<string> SplitOnSeparators(string list)
    {
        var start = 0;
        for (var i = 0; i <= list.Length; i++)
        {
            if (i == list.Length || list[i] is '、' or '/' or '／' or ',' or '，')
            {
                yield return list.Substring(start, i - start);
                start = i + 1;
            }
        }
    }

    private static IEnumerable<string> SplitOnConjunctions(string item)
    {
        for (var i = 1; i < item.Length - 1; i++)
        {
            if (item[i] is not ('和' or '及' or '与'))
            {
                continue;
            }

            var left = item.Substring(0, i);
            var right = item.Substring(i + 1);
            if (EndsLikeUnit(left) && EndsLikeUnit(Clean(right)))
            {
                yield return left;
                foreach (var rest in SplitOnConjunctions(right))
                {
                    yield return rest;
                }

                yield break;
            }
        }

        yield return item;
    }

    private static bool EndsLikeUnit(string name) =>
        name.Length >= 2 && ResponsibilityWords.UnitEndings.MatchEndingAt(name, name.Length) is not null;

    private static string Clean(string name)
    {
        name = name.Trim(' ', '\t', '\u3000', '\u00A0');
        if (name.StartsWith("由", System.StringComparison.Ordinal))
        {
            name = name.Substring(1);
        }

        foreach (var tail in ListEndings)
        {
            if (name.EndsWith(tail, System.StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - tail.Length);
                break;
            }
        }

        return name.Trim(' ', '\t', '\u3000', '\u00A0');
    }
}
