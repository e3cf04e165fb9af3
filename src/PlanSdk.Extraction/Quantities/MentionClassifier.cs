
namespace PlanSdk.Extraction.Quantities;

/// <summary>
/// Decides whether a quantity is a goal, a reported figure or context. Durations, ages and
/// <c>一批</c> describe; CJK-numeral counts (<c>两级</c>, <c>三家医院</c>, <c>五项制度</c>) restate the
/// situation unless an output verb or a frequency makes them a figure (<c>新增四个</c>,
/// <c>每季度…一次</c>). A figure is reported (actual) in a summary part or with 截至/累计/已.
/// </summary>
internal static class MentionClassifier
{
    public static TargetKind Classify(string text, RawQuantity q, ClauseBounds clause, string indicator, bool summaryScope)
    {
        if (IsContext(text, q, clause, indicator))
        {
            return TargetKind.Context;
        }

        return summaryScope || HasActualCue(text, clause.Start, q.PrefixStart) ? TargetKind.Actual : TargetKind.Target;
    }

    private static bool IsContext(string text, RawQuantity q, ClauseBounds clause, string indicator)
    {
        switch (q.Category)
        {
            case UnitCategory.Duration:
            case UnitCategory.Batch:
                return true;
            case UnitCategory.Age:
                return indicator.IndexOf("寿命", System.StringComparison.Ordinal) < 0;
        }

        if (!q.IsCjk)
        {
            return false;
        }

        if (q.Unit?.Written == "次" && text.IndexOf('每', clause.Start, q.Number.Start - clause.Start) >= 0)
        {
            return false;
        }

        var isOne = q.Value == 1m;
        return isOne || q.Category == UnitCategory.Level || PlanWords.OutputVerbs.MatchEndingAt(text, q.PrefixStart) is null;
    }

    private static bool HasActualCue(string text, int start, int end) => PlanWords.ActualCues.OccursIn(text, start, end);
}
