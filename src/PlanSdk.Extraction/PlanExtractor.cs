using System;
using System.Collections.Generic;
using PlanSdk.Extraction.Metadata;
using PlanSdk.Extraction.Noise;
using PlanSdk.Extraction.Outline;
using PlanSdk.Extraction.Quantities;
using PlanSdk.Extraction.Responsibility;
using PlanSdk.Extraction.Text;

namespace PlanSdk.Extraction;

/// <summary>
/// Reads a published plan document: text in, <see cref="ExtractedPlan"/> out. The pipeline is
/// noise → logical text → outline → responsibility clauses → quantities → model. Whatever the
/// text, it returns a model and a list of problems; it never throws.
/// </summary>
public static class PlanExtractor
{
    /// <summary>Extracts a plan from its text.</summary>
    /// <param name="planId">The plan id, usually the file name without extension (<c>Zibo2024</c>).</param>
    /// <param name="text">The plan text as published (one paragraph per line).</param>
    /// <returns>The plan model, with the problems found.</returns>
    public static ExtractedPlan Extract(string planId, string text)
    {
        planId ??= string.Empty;
        text ??= string.Empty;
        var problems = new List<ExtractionProblem>();
        try
        {
            return Run(planId, text, problems);
        }
#pragma warning disable CA1031 // The engine's contract is to never throw: an unexpected failure becomes a problem.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            problems.Add(new ExtractionProblem(
                ProblemCode.InternalError,
                $"The engine failed on this text ({exception.GetType().Name}: {exception.Message}); the model is incomplete.",
                new SourceSpan(0, 0, 1, 1, 1, 1)));
            return Empty(planId, problems);
        }
    }

    private static ExtractedPlan Run(string planId, string text, List<ExtractionProblem> problems)
    {
        var source = new SourceText(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new ExtractionProblem(ProblemCode.EmptyPlan, "The plan text is empty.", source.Span(0, 0)));
            return Empty(planId, problems);
        }

        var replacement = text.IndexOf('\uFFFD');
        if (replacement >= 0)
        {
            var at = source.Span(replacement, 1);
            problems.Add(new ExtractionProblem(
                ProblemCode.NotUtf8,
                $"The plan text holds bytes that are not UTF-8 (shown as \uFFFD), first at line {at.Line}. Chinese documents are often saved "
                + "as GB18030/GBK: convert the file, e.g. iconv -f GB18030 -t UTF-8 plan.txt > plan.utf8.txt, and check the text.",
                at));
        }

        var noise = NoiseDetector.Detect(source);
        var metadata = MetadataReader.Read(source, noise);
        var logical = LogicalTextBuilder.Build(source, noise);
        var quotes = QuoteSpans.Find(logical.Text);
        var outline = OutlineBuilder.Build(logical, quotes, problems);
        if (outline.Nodes.Count == 0)
        {
            problems.Add(new ExtractionProblem(
                ProblemCode.NoOutline,
                "No numbered heading (一、 (一) 1. 一是) was found; the whole text is read as the plan's preamble.",
                source.Span(0, 0)));
        }

        var isSummary = metadata.Title is { } title && QuantityStage.IsSummaryHeading(title);
        QuantityStage.Read(logical, quotes, outline, isSummary, problems);

        var spellings = new List<string>();
        var firstSeen = new Dictionary<string, SourceSpan>();
        var root = BuildNode(logical, outline, outline.Root, spellings, firstSeen, problems);
        var nodes = new List<OutlineNode>(outline.Nodes.Count);
        foreach (var draft in outline.Nodes)
        {
            nodes.Add(BuildNode(logical, outline, draft, spellings, firstSeen, problems));
        }

        var units = UnitAliasFinder.Group(spellings);
        foreach (var unit in units)
        {
            foreach (var alias in unit.Aliases)
            {
                problems.Add(new ExtractionProblem(
                    ProblemCode.PossibleUnitAlias,
                    $"'{alias}' is read as another spelling of '{unit.Name}' (did you mean '{unit.Name}'?); declare it in the plan's corrections file "
                    + $"(\"aliases\": {{ \"{alias}\": \"{unit.Name}\" }}) to confirm, or write one spelling.",
                    firstSeen[alias],
                    Subject: alias));
            }
        }

        problems.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Code.CompareTo(b.Code));
        return new ExtractedPlan(
            planId,
            metadata.Title,
            metadata.Issuer,
            metadata.Year,
            root,
            nodes.ToEquatableArray(),
            units,
            problems.ToEquatableArray());
    }

    private static OutlineNode BuildNode(
        LogicalText logical,
        OutlineDraft outline,
        OutlineDraftNode draft,
        List<string> spellings,
        Dictionary<string, SourceSpan> firstSeen,
        List<ExtractionProblem> problems)
    {
        var ownStart = draft.Marker.Start;
        var clause = draft.Level == 0 ? null : ResponsibilityReader.Read(logical.Text, draft.Marker.End, draft.OwnEnd);
        var lead = clause?.Lead ?? Array.Empty<string>();
        var participants = clause?.Participants ?? Array.Empty<string>();
        foreach (var unit in Concat(lead, participants))
        {
            if (!spellings.Contains(unit))
            {
                spellings.Add(unit);
                firstSeen[unit] = SpellingSpan(logical, clause!, unit);
            }
        }

        if (clause is { HasUnsplitSegment: true })
        {
            problems.Add(new ExtractionProblem(
                ProblemCode.UnsplittableUnitClause,
                $"A role of the responsibility clause of {draft.Path} ('{logical.Slice(clause.Start, clause.End)}') has no unit before its verb.",
                logical.Span(clause.Start, clause.End)));
        }

        if (clause is not null && lead.Count == 0)
        {
            problems.Add(new ExtractionProblem(
                ProblemCode.NoLeadUnit,
                $"The responsibility clause of {draft.Path} names participants but no lead unit.",
                logical.Span(clause.Start, clause.End)));
        }

        var kind = draft.Level == 0
            ? NodeKind.Root
            : draft.Level == outline.MaxLevel || !draft.HasChildren ? NodeKind.Task : NodeKind.Section;
        return new OutlineNode(
            draft.Path,
            kind,
            draft.Level,
            draft.Marker.Style,
            draft.Marker.Number,
            logical.Slice(draft.Marker.Start, draft.Marker.End),
            draft.Title,
            logical.Slice(draft.Level == 0 ? 0 : draft.Marker.End, draft.OwnEnd).Trim(),
            logical.Span(ownStart, draft.OwnEnd),
            lead.ToEquatableArray(),
            participants.ToEquatableArray(),
            draft.Mentions.ToEquatableArray());
    }

    /// <summary>Where a unit spelling stands in its clause: as written, or without the place prefix a list carried to it.</summary>
    private static SourceSpan SpellingSpan(LogicalText logical, Responsibility.ResponsibilityClause clause, string spelling)
    {
        var length = clause.End - clause.Start;
        var at = logical.Text.IndexOf(spelling, clause.Start, length, StringComparison.Ordinal);
        if (at < 0 && spelling.Length > 1)
        {
            at = logical.Text.IndexOf(spelling.Substring(1), clause.Start, length, StringComparison.Ordinal);
            return at < 0 ? logical.Span(clause.Start, clause.End) : logical.Span(at, at + spelling.Length - 1);
        }

        return at < 0 ? logical.Span(clause.Start, clause.End) : logical.Span(at, at + spelling.Length);
    }

    private static IEnumerable<string> Concat(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        foreach (var item in first)
        {
            yield return item;
        }

        foreach (var item in second)
        {
            yield return item;
        }
    }

    private static ExtractedPlan Empty(string planId, List<ExtractionProblem> problems)
    {
        var root = new OutlineNode(
            string.Empty,
            NodeKind.Root,
            0,
            NumberingStyle.None,
            0,
            string.Empty,
            string.Empty,
            string.Empty,
            new SourceSpan(0, 0, 1, 1, 1, 1),
            EquatableArray.Empty<string>(),
            EquatableArray.Empty<string>(),
            EquatableArray.Empty<QuantityMention>());
        return new ExtractedPlan(planId, null, null, null, root, EquatableArray.Empty<OutlineNode>(), EquatableArray.Empty<ResponsibleUnitEntry>(), problems.ToEquatableArray());
    }
}
