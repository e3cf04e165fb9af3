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
    private readonly Dictionary<OutlineDraftNode, bool> _summaryScope = new();

    private QuantityStage(LogicalText text, QuoteSpans quotes, OutlineDraft outline, List<ExtractionProblem> problems)
    {
        _text = text;
        _quotes = quotes;
        _outline = outline;
        _problems = problems;
    }

    /// <summary>The mentions of each node, in document order.</summary>
    public static Dictionary<OutlineDraftNode, List<QuantityMention>> Read(
        LogicalText text, QuoteSpans quotes, OutlineDraft outline, bool documentIsSummary, List<ExtractionProblem> problems)
    {
        var stage = new QuantityStage(text, quotes, outline, problems);
        stage._summaryScope[outline.Root] = documentIsSummary;
        return stage.Run();
    }

    /// <summary>True when a heading or title names a report of the past rather than a plan.</summary>
    public static bool IsSummaryHeading(string title)
    {
        var summary = false;
        foreach (var word in PlanWords.SummaryHeadingWords)
        {
            summary |= title.IndexOf(word, System.StringComparison.Ordinal) >= 0;
        }

        if (!summary)
        {
            return false;
        }

        foreach (var word in PlanWords.PlanHeadingWords)
        {
            if (title.IndexOf(word, System.StringComparison.Ordinal) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private Dictionary<OutlineDraftNode, List<QuantityMention>> Run()
    {
        var found = FindQuantities();
        var result = new Dictionary<OutlineDraftNode, List<QuantityMention>>();
        for (var k = 0; k < found.Count; k++)
        {
            var (node, clause, q) = found[k];
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
            if (!result.TryGetValue(node, out var list))
            {
                result[node] = list = new List<QuantityMention>();
            }

            list.Add(mention);
        }

        return result;
    }

    private List<(OutlineDraftNode Node, ClauseBounds Clause, RawQuantity Quantity)> FindQuantities()
    {
        var s = _text.Text;
        var found = new List<(OutlineDraftNode, ClauseBounds, RawQuantity)>();
        for (var i = 0; i < s.Length; i++)
        {
            if (!NumberReader.CanStart(s[i]) || ContinuesNumber(s, i))
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

            if (q.End > node.OwnEnd || NonQuantityRules.Reason(s, _quotes, q) is not null)
            {
                i = q.Number.End - 1;
                continue;
            }

            found.Add((node, clause, q));
            i = q.End - 1;
        }

        return found;
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

    private bool IsSummaryScope(OutlineDraftNode node)
    {
        if (_summaryScope.TryGetValue(node, out var known))
        {
            return known;
        }

        var scope = IsSummaryHeading(node.Title) || (node.Parent is { } parent && IsSummaryScope(parent));
        _summaryScope[node] = scope;
        return scope;
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
                $"The range '{mention.Written}' runs from {value} down to {max}.",
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
}
