using System.Collections.Generic;
using System.Linq;
using PlanSdk.Extraction;

namespace PlanSdk;

/// <summary>Maps the extraction engine's model (<see cref="ExtractedPlan"/>) to the runtime model (<see cref="Plan"/>).</summary>
internal static class PlanBuilder
{
    /// <summary>Builds the plan: mentions that are not context become targets; the root is kept only when it has targets.</summary>
    public static Plan Build(ExtractedPlan extracted, string? sourceFile)
    {
        var units = new UnitTable(extracted.Units.Select(entry => new ResponsibleUnit(entry.Name, entry.Aliases, entry.Collective)));
        var nodes = new List<PlanNode>(extracted.Nodes.Count + 1);
        var root = BuildNode(extracted.Root, units);
        if (root.Targets.Count > 0)
        {
            nodes.Add(root);
        }

        foreach (var node in extracted.Nodes)
        {
            nodes.Add(BuildNode(node, units));
        }

        return new Plan(extracted.Id, extracted.Title, extracted.Issuer, extracted.Year, sourceFile, nodes, units.All);
    }

    private static PlanNode BuildNode(OutlineNode node, UnitTable units)
    {
        var targets = node.Mentions.Where(mention => mention.IsTarget).Select(mention => BuildTarget(mention, node.Path));
        var lead = node.Lead.Select(units.Resolve);
        var participants = node.Participants.Select(units.Resolve);
        return node.Kind switch
        {
            NodeKind.Root => new PlanRoot(node.Text, node.Span.Line, targets),
            NodeKind.Section => new Section(node.Path, node.Number, node.Title, node.Text, node.Span.Line, targets, lead, participants),
            _ => new PlanTask(node.Path, node.Number, node.Title, node.Text, node.Span.Line, targets, lead, participants),
        };
    }

    private static Target BuildTarget(QuantityMention mention, string path) => new(
        mention.Name,
        mention.Indicator,
        mention.Text,
        DecimalText.Normalize(mention.Value),
        DecimalText.Normalize(mention.Max),
        mention.Unit is { Length: > 0 } unit ? new Unit(unit) : null,
        mention.Comparison,
        mention.Kind,
        mention.Deadline,
        mention.Span.Line,
        mention.Span.Column,
        path,
        mention.Malformed,
        mention.Measures is { } measures ? Indicator.FromName(measures) : null);
}
