using System.Text.RegularExpressions;

namespace PlanSdk.Extraction.Quantities;

/// <summary>
/// Reads a goal's deadline as written in its clause (<c>年底前</c>, <c>6月底前</c>, <c>到2020年底</c>,
/// <c>年内</c>), or in a clause before it in the same sentence that says nothing else
/// (<c>2020 年底,县人民医院…达到4级以上</c>).
/// </summary>
internal static class DeadlineReader
{
    private static readonly Regex Deadline = new(
        @"(?:(?:到|于|在)\s*)?\d{4}\s*年\s*(?:\d{1,2}\s*月\s*)?(?:底前|年底前|底|末|内|前)"
        + @"|\d{1,2}\s*月\s*(?:底|末|中旬|上旬|下旬|份)?\s*(?:前|底)"
        + @"|年底前|年度内|本年度内|本年内|今年内|年内|年底|年末",
        RegexOptions.CultureInvariant);

    /// <summary>A year that opens the clause and governs it (<c>2020年计划招聘…</c>, <c>2020 年完成…</c>).</summary>
    private static readonly Regex OpeningYear = new(@"^\s*(?:到|至|于|在)?\s*\d{4}\s*年(?![度份])(?=\s*[\u4e00-\u9fff])", RegexOptions.CultureInvariant);

    /// <summary>The deadline of the quantity whose clause is <paramref name="clause"/>, or null.</summary>
    public static string? Read(string text, ClauseBounds clause, int limitStart)
    {
        var own = Find(text.Substring(clause.Start, clause.End - clause.Start));
        if (own is not null)
        {
            return own;
        }

        if (clause.Previous(text, limitStart) is { } previous)
        {
            var words = text.Substring(previous.Start, previous.End - previous.Start).Trim();
            var found = Find(words);
            if (found is not null && words.Length <= found.Length + 2)
            {
                return found;
            }
        }

        return null;
    }

    private static string? Find(string clause)
    {
        var match = Deadline.Match(clause);
        if (match.Success)
        {
            return match.Value.Trim();
        }

        var opening = OpeningYear.Match(clause);
        return opening.Success ? opening.Value.Trim() : null;
    }
}
