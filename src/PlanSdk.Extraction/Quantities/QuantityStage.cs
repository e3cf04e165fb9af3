using System;
using System.Collections.Generic;
using PlanSdk.Extraction.Outline;
using PlanSdk.Extraction.Text;

namespace PlanSdk.Extraction.Quantities;

/// <summary>Finds every quantity mention of a plan and places it on the node whose text holds it.</summary>
internal sealed class QuantityStage
{
    private readonly LogicalText _text;
    private readonly QuoteSpans _quotes;
    private readonly OutlineDraft _outline;
    private readonly List<ExtractionProblem> _problems;

    private QuantityStage(LogicalText text, QuoteSpans quotes, OutlineDraft outline, List<ExtractionProblem> problems)
    {
        _text = text;
        _quotes = quotes;
        _outline = outline;
        _problems = problems;
    }

    /// <summary>Fills each node's <see cref="OutlineDraftNode.Mentions"/>, in document order.</summary>
    public static void Read(
        LogicalText text, QuoteSpans quotes, OutlineDraft outline, bool documentIsSummary, List<ExtractionProblem> problems)
    {
        var stage = new QuantityStage(text, quotes, outline, problems);
        outline.Root.SummaryScope = documentIsSummary;
        stage.Run();
    }

    /// <summary>True when a heading or title names a report of the past rather than a plan.</summary>
    public static bool IsSummaryHeading(string title) =>
        PlanWords.SummaryHeadingWords.OccursIn(title) && !PlanWords.PlanPartHeadingWords.OccursIn(title);

    private void Run()
    {
        var found = FindQuantities();
        for (var k = 0; k < found.Count; k++)
        {
            var (node, clause, q) = (found[k].Node, found[k].Clause, found[k].Quantity);
            var preStart = clause.Start;
            if (k > 0 && found[k - 1].Clause == clause && found[k - 1].Quantity.End > preStart)
            {
                preStart = found[k - 1].Quantity.End;
            }

            var postEnd = clause.End;
            if (k + 1 < found.Count && found[k + 1].Clause == clause)
            {
                postEnd = found[k + 1].Quantity.PrefixStart;
            }

            var mention = BuildMention(node, clause, q, preStart, postEnd);
            if (mention.Indicator.Length == 0 && node.Mentions.Count > 0 && k > 0 && found[k - 1].Clause == clause)
            {
                // 高血压、糖尿病患者规范管理率分别达到70%、65%: the second figure shares the first one's indicator.
                mention = mention with { Indicator = node.Mentions[node.Mentions.Count - 1].Indicator };
            }

            node.Mentions.Add(mention);
        }
    }

    private List<FoundQuantity> FindQuantities()
    {
        var s = _text.Text;
        var found = new List<FoundQuantity>();
        for (var i = 0; i < s.Length; i++)
        {
            if (!NumberReader.CanStart(s[i]) || ContinuesNumber(s, i))
            {
                continue;
            }

            if (!MayBeQuantity(s, i))
            {
                continue;
            }

            var node = _outline.NodeAt(i);
            var limitStart = node.Level == 0 ? 0 : node.Marker.End;
            if (i < limitStart)
            {
                continue; // inside the node's own marker
            }

            var clause = ClauseBounds.Around(s, i, limitStart, node.OwnEnd);
            if (!QuantityReader.TryRead(s, i, clause.Start, out var q))
            {
                continue;
            }

            var reason = q.End > node.OwnEnd ? "crosses a heading" : NonQuantityRules.Reason(s, _quotes, q);
            if (reason is not null)
            {
                if (reason == NonQuantityRules.NoUnit)
                {
                    ReportUnknownUnit(q);
                }

                i = q.Number.End - 1;
                continue;
            }

            found.Add(new FoundQuantity(node, clause, q));
            i = q.End - 1;
        }

        return found;
    }

    /// <summary>
    /// A cheap test before the full read: a CJK numeral (一 is everywhere in Chinese prose) can only
    /// be a quantity when a unit, a multiplier or 余/多 follows it.
    /// </summary>
    private static bool MayBeQuantity(string s, int i)
    {
        if (Chars.IsDigit(s[i]))
        {
            return true;
        }

        var end = i;
        while (end < s.Length && (CjkNumeral.IsNumeralChar(s[end]) || s[end] == '半'))
        {
            end++;
        }

        return end < s.Length && (UnitCatalog.CanStartUnit(s[end]) || s[end] is '余' or '多' or '至' or '到' or '-' or '—');
    }

    /// <summary>
    /// A small whole number written straight before a Han character that is no unit the engine knows
    /// (<c>15县</c>, <c>3座</c> when 座 were unknown): it looks like a quantity, so it is reported, not
    /// dropped silently. Long numbers (codes, hotlines) and CJK numerals (words) are not reported.
    /// </summary>
    private void ReportUnknownUnit(RawQuantity q)
    {
        var s = _text.Text;
        if (q.IsCjk || q.Number.Value is not { } value || value != decimal.Truncate(value) || q.Number.IntegerDigits > 3
            || q.Number.End >= s.Length || !Chars.IsHan(s[q.Number.End]) || q.HasComparisonWord)
        {
            return;
        }

        var word = s.Substring(q.Number.End, System.Math.Min(2, s.Length - q.Number.End));
        _problems.Add(new ExtractionProblem(
            ProblemCode.UnclassifiedQuantity,
            $"'{_text.Slice(q.Number.Start, q.Number.End)}{word}' has a number but no unit or classifier the engine knows; it is not read as a target. "
            + "If it is one, add it with the plan's corrections file.",
            _text.Span(q.Number.Start, q.Number.End)));
    }

    private static bool ContinuesNumber(string s, int i)
    {
        if (i == 0)
        {
            return false;
        }

        var previous = s[i - 1];
        return Chars.IsDigit(s[i])
            ? Chars.IsDigit(previous) || Chars.IsDecimalPoint(previous) && i > 1 && Chars.IsDigit(s[i - 2])
            : CjkNumeral.IsNumeralChar(previous);
    }

    private QuantityMention BuildMention(OutlineDraftNode node, ClauseBounds clause, RawQuantity q, int preStart, int postEnd)
    {
        var s = _text.Text;
        var limitStart = node.Level == 0 ? 0 : node.Marker.End;
        var previousClause = clause.Previous(s, limitStart);
        var indicator = IndicatorReader.Read(s, preStart, q, postEnd, preStart == clause.Start && previousClause is { } p ? p.Start : -1);
        var kind = MentionClassifier.Classify(s, q, clause, indicator, IsSummaryScope(node));
        var deadline = kind == TargetKind.Target ? DeadlineReader.Read(s, clause, limitStart) : null;
        var span = _text.Span(q.Start, q.End);
        var mention = new QuantityMention(
            indicator,
            _text.Slice(clause.Start, clause.End).Trim(),
            _text.Slice(q.Start, q.End),
            q.Malformed ? null : q.Value,
            q.Malformed ? null : q.Max,
            q.UnitName,
            q.Comparison,
            kind,
            deadline,
            span,
            q.Malformed);
        ReportProblems(mention);
        return mention;
    }

    private static bool IsSummaryScope(OutlineDraftNode node)
    {
        node.SummaryScope ??= IsSummaryHeading(node.Title)
            || (!PlanWords.PlanPartHeadingWords.OccursIn(node.Title) && node.Parent is { } parent && IsSummaryScope(parent));
        return node.SummaryScope.Value;
    }

    private void ReportProblems(QuantityMention mention)
    {
        if (mention.Malformed)
        {
            _problems.Add(new ExtractionProblem(
                ProblemCode.MalformedNumber,
                $"The number in '{mention.Written}' cannot be read ({mention.Indicator}).",
                mention.Span));
        }
        else if (mention.Max is { } max && mention.Value is { } value && value > max)
        {
            _problems.Add(new ExtractionProblem(
                ProblemCode.InvertedRange,
                FormattableString.Invariant($"The range '{mention.Written}' runs from {value} down to {max}."),
                mention.Span));
        }
        else if (mention.Unit == "%" && mention.Value > 100m && mention.Indicator.EndsWith("率", System.StringComparison.Ordinal))
        {
            _problems.Add(new ExtractionProblem(
                ProblemCode.RateOver100Percent,
                $"The rate '{mention.Indicator}' is set to {mention.Written}, over 100 %.",
                mention.Span));
        }
    }

    /// <summary>A quantity found in a node's clause.</summary>
    private sealed record FoundQuantity(OutlineDraftNode Node, ClauseBounds Clause, RawQuantity Quantity);
}
