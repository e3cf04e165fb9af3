using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PlanSdk.Extraction.Corrections;

/// <summary>
/// Applies <see cref="PlanCorrections"/> to an extracted plan: unit aliases first, then the target
/// entries in file order. Nodes and mentions no entry touches are kept as they are.
/// </summary>
internal sealed class CorrectionsApplier
{
    /// <summary>The problems the engine reports at a mention's span, which dropping the mention settles.</summary>
    private static readonly ProblemCode[] MentionProblems = { ProblemCode.MalformedNumber, ProblemCode.InvertedRange, ProblemCode.RateOver100Percent };

    private readonly PlanCorrections _corrections;
    private readonly ExtractedPlan _plan;
    private readonly List<ExtractionProblem> _problems;
    private readonly OutlineNode[] _nodes;
    private readonly List<QuantityMention>?[] _mentions;
    private readonly HashSet<ExtractionProblem> _settled = new();

    private CorrectionsApplier(PlanCorrections corrections, ExtractedPlan plan, List<ExtractionProblem> problems)
    {
        _corrections = corrections;
        _plan = plan;
        _problems = problems;
        _nodes = plan.AllNodes().ToArray();
        _mentions = new List<QuantityMention>?[_nodes.Length];
    }

    public static ExtractedPlan Apply(PlanCorrections corrections, ExtractedPlan plan, List<ExtractionProblem> problems)
    {
        if (corrections.Aliases.IsEmpty && corrections.Targets.IsEmpty)
        {
            return plan;
        }

        var units = UnitAliasMerger.Merge(plan, corrections, problems);
        var applier = new CorrectionsApplier(corrections, plan, problems);
        foreach (var target in corrections.Targets)
        {
            applier.ApplyTarget(target);
        }

        return applier.Build(units);
    }

    private ExtractedPlan Build(EquatableArray<ResponsibleUnitEntry> units)
    {
        var nodes = new OutlineNode[_nodes.Length];
        var changed = false;
        for (var i = 0; i < _nodes.Length; i++)
        {
            nodes[i] = _mentions[i] is { } mentions ? _nodes[i] with { Mentions = mentions.ToEquatableArray() } : _nodes[i];
            changed |= _mentions[i] is not null;
        }

        if (!changed && units == _plan.Units)
        {
            return _plan;
        }

        return _plan with
        {
            Root = nodes[0],
            Nodes = changed ? nodes.Skip(1).ToEquatableArray() : _plan.Nodes,
            Units = units == _plan.Units ? _plan.Units : units,
            Problems = _settled.Count == 0 ? _plan.Problems : _plan.Problems.Where(p => !_settled.Contains(p)).ToEquatableArray(),
        };
    }

    private void ApplyTarget(TargetCorrection target)
    {
        var nodes = NodesAt(target.Path);
        if (nodes.Count == 0)
        {
            Report(ProblemCode.CorrectionPathNotFound, NoSuchPath(target.Path), target.PathSpan);
            return;
        }

        if (target.IsAddition)
        {
            Add(nodes[0], target);
            return;
        }

        if (Find(nodes, target) is not { } found)
        {
            return;
        }

        var (node, index) = found;
        var list = Mentions(node);
        var mention = list[index];
        if (target.Drop)
        {
            list.RemoveAt(index);
            Settle(mention, MentionProblems);
            return;
        }

        var corrected = target.Edit.ApplyTo(mention);
        if ((target.Edit.Sets(MentionFields.Value) || target.Edit.Sets(MentionFields.Max) || target.Edit.Sets(MentionFields.Comparison))
            && CorrectionsParser.RangeProblem(corrected.Value, corrected.Max, corrected.Comparison) is { } range)
        {
            Report(ProblemCode.CorrectionInvalidEntry, $"After this correction the mention {mention.Written} of node {Describe(target.Path)} {range}; the entry is not applied.", target.Span);
            return;
        }

        if (!NameIsFree(node, corrected, mention, target))
        {
            return;
        }

        list[index] = corrected;
        if (mention.Malformed && !corrected.Malformed)
        {
            Settle(mention, new[] { ProblemCode.MalformedNumber });
        }

        if (target.Edit.Sets(MentionFields.Value) || target.Edit.Sets(MentionFields.Max))
        {
            // The corrected range passed RangeProblem, so it no longer runs downwards.
            Settle(mention, new[] { ProblemCode.InvertedRange });
        }

        if (target.Edit.Sets(MentionFields.Value) || target.Edit.Sets(MentionFields.Unit) || target.Edit.Sets(MentionFields.Indicator))
        {
            // The user has looked at the figure and said what it is: a rate over 100 % is theirs to keep.
            Settle(mention, new[] { ProblemCode.RateOver100Percent });
        }
    }

    private void Add(int node, TargetCorrection target)
    {
        var edit = target.Edit;
        var at = _nodes[node].Span;
        var written = Format(edit.Value) + (edit.Max is { } max ? "-" + Format(max) : string.Empty) + edit.Unit;
        var mention = new QuantityMention(
            edit.Indicator ?? string.Empty,
            edit.Text ?? (edit.Indicator + written),
            written,
            edit.Value,
            edit.Max,
            edit.Unit,
            edit.Comparison,
            edit.Kind,
            edit.Deadline,
            new SourceSpan(at.Start, 0, at.Line, at.Column, at.Line, at.Column),
            false,
            edit.Name);
        if (!NameIsFree(node, mention, null, target))
        {
            return;
        }

        var list = Mentions(node);
        var index = 0;
        while (index < list.Count && list[index].Span.Start <= mention.Span.Start)
        {
            index++;
        }

        list.Insert(index, mention);
    }

    /// <summary>The mention an entry addresses, or null after reporting that none or several match.</summary>
    private (int Node, int Index)? Find(List<int> nodes, TargetCorrection target)
    {
        var text = target.Mention!;
        var all = new List<(int Node, int Index, QuantityMention Mention)>();
        foreach (var node in nodes)
        {
            var list = Mentions(node, create: false);
            for (var i = 0; i < list.Count; i++)
            {
                all.Add((node, i, list[i]));
            }
        }

        var matches = all.Where(m => Contains(m.Mention.Written, text)).ToList();
        var inClause = false;
        if (matches.Count > 1 && matches.Count(m => m.Mention.Written == text) == 1)
        {
            matches = matches.Where(m => m.Mention.Written == text).ToList();
        }
        else if (matches.Count == 0)
        {
            matches = all.Where(m => Contains(m.Mention.Text, text)).ToList();
            inClause = true;
        }

        if (matches.Count == 1)
        {
            return (matches[0].Node, matches[0].Index);
        }

        var path = Describe(target.Path);
        if (matches.Count == 0)
        {
            var message = all.Count == 0
                ? $"Node {path} has no quantity mention, so \"{text}\" matches none."
                : $"\"{text}\" occurs in no mention of node {path}, neither in its written form nor in its clause; its mentions are {List(all.Select(m => m.Mention))}.";
            Report(ProblemCode.CorrectionMentionNotFound, message, target.MentionSpan);
        }
        else
        {
            var where = inClause ? "the clauses of " : string.Empty;
            Report(
                ProblemCode.CorrectionMentionAmbiguous,
                $"\"{text}\" occurs in {where}{matches.Count} mentions of node {path} ({List(matches.Select(m => m.Mention))}); write more of the one you mean so that it matches only that one.",
                target.MentionSpan);
        }

        return null;
    }

    /// <summary>False, after reporting, when <paramref name="mention"/>'s name is already taken on its node by another mention.</summary>
    private bool NameIsFree(int node, QuantityMention mention, QuantityMention? replaced, TargetCorrection target)
    {
        if (!target.Edit.Sets(MentionFields.Name) || mention.Name is not { } name)
        {
            return true;
        }

        foreach (var other in Mentions(node, create: false))
        {
            if (!ReferenceEquals(other, replaced) && other.Name == name)
            {
                Report(
                    ProblemCode.CorrectionDuplicateName,
                    $"The name \"{name}\" is already given to the mention {other.Written} of node {Describe(target.Path)}; names are unique on a node.",
                    target.NameSpan ?? target.Span);
                return false;
            }
        }

        return true;
    }

    private List<int> NodesAt(string path)
    {
        var found = new List<int>();
        for (var i = 0; i < _nodes.Length; i++)
        {
            if (_nodes[i].Path == path)
            {
                found.Add(i);
            }
        }

        return found;
    }

    private string NoSuchPath(string path)
    {
        var last = path.Substring(path.LastIndexOf('/') + 1);
        var similar = _plan.Nodes.Select(n => n.Path).Where(p => p.Substring(p.LastIndexOf('/') + 1) == last).ToList();
        var hint = similar.Count > 0
            ? $"; did you mean {string.Join(" or ", similar)}? A path is the node's numbers from the outermost level, joined by /"
            : _plan.Nodes.Count == 0
                ? "; it has only the root (\"\")"
                : $"; its paths run from {_plan.Nodes[0].Path} to {_plan.Nodes[_plan.Nodes.Count - 1].Path} (\"\" is the text before the first heading)";
        return $"Plan {_plan.Id} has no node with path \"{path}\"{hint}.";
    }

    private List<QuantityMention> Mentions(int node, bool create = true)
    {
        if (_mentions[node] is { } list)
        {
            return list;
        }

        list = new List<QuantityMention>(_nodes[node].Mentions);
        if (create)
        {
            _mentions[node] = list;
        }

        return list;
    }

    private void Settle(QuantityMention mention, ProblemCode[] codes)
    {
        foreach (var problem in _plan.Problems)
        {
            if (problem.FilePath is null && problem.Span == mention.Span && codes.Contains(problem.Code))
            {
                _settled.Add(problem);
            }
        }
    }

    private void Report(ProblemCode code, string message, SourceSpan span) =>
        _problems.Add(new ExtractionProblem(code, message, span, _corrections.FilePath));

    private static bool Contains(string text, string part) => text.IndexOf(part, System.StringComparison.Ordinal) >= 0;

    private static string Describe(string path) => path.Length == 0 ? "\"\" (the root)" : path;

    private static string List(IEnumerable<QuantityMention> mentions) => string.Join(", ", mentions.Select(m => m.Written));

    private static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
