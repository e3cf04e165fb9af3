using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PlanSdk.Extraction.Naming;

/// <summary>
/// Names the targets of a plan, as generated code and the JSON export both call them: a name a
/// correction gave; else the glossary's name for the indicator (<c>全人群签约率</c> → <c>SigningRate</c>,
/// also recorded as the indicator the target <see cref="QuantityMention.Measures"/>);
/// else the indicator itself made an identifier (<c>县域医疗服务次中心</c>). Names are unique on their
/// node: a second <c>SigningRate</c> becomes <c>SigningRate2</c>; names that would hide a member of the
/// node's class (<c>Title</c>, <c>Targets</c>, a child node's <c>Task3</c>) get a <c>Target</c> suffix.
/// </summary>
public static class TargetNamer
{
    private const int MaxNameLength = 16;

    /// <summary>Members every generated node class inherits, which a target name must not hide.</summary>
    private static readonly HashSet<string> NodeMembers = new(StringComparer.Ordinal)
    {
        "Path", "Kind", "Number", "Title", "Text", "Line", "Targets", "Lead", "Participants", "ParentPath", "Depth", "Plan",
        "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
    };

    /// <summary>Names every target and actual of the plan; context mentions keep no name.</summary>
    /// <param name="plan">The plan; names a correction set are kept.</param>
    /// <param name="glossary">The glossary to name by.</param>
    /// <param name="collisions">
    /// Targets whose name got a suffix: (node, the named mention, the name a correction gave when that
    /// name is reserved on the node; null when another target has the name).
    /// </param>
    /// <returns>The plan with named targets.</returns>
    public static ExtractedPlan Name(ExtractedPlan plan, IndicatorGlossary glossary, out IReadOnlyList<(OutlineNode Node, QuantityMention Mention, string? Reserved)> collisions)
    {
        var childNames = OutlineMemberNames.For(plan).Where(n => !n.OnPlanClass).ToLookup(n => n.ContainerPath, n => n.Name, StringComparer.Ordinal);
        var renamed = new List<(OutlineNode, QuantityMention, string?)>();
        var root = NameNode(plan.Root, glossary, childNames, renamed);
        var nodes = plan.Nodes.Select(n => NameNode(n, glossary, childNames, renamed)).ToEquatableArray();
        collisions = renamed;
        return plan with { Root = root, Nodes = nodes };
    }

    /// <summary>The head made an identifier of at most 16 characters.</summary>
    private static string Identifier(string head)
    {
        var name = CSharpIdentifier.From(head, "Target", maxLength: int.MaxValue);
        return name.Length > MaxNameLength ? name.Substring(0, MaxNameLength) : name;
    }

    /// <summary>
    /// True for a name the generated class of a node already uses: a member every node has
    /// (<c>Title</c>, <c>Plan</c>), a child node's member (<c>Task3</c>), or a generated node type (names
    /// ending in <c>Node</c>, such as the class's own <c>Task1Node</c>).
    /// </summary>
    private static bool IsReserved(string name, HashSet<string> children) =>
        NodeMembers.Contains(name) || children.Contains(name) || name.EndsWith("Node", StringComparison.Ordinal);

    private static OutlineNode NameNode(OutlineNode node, IndicatorGlossary glossary, ILookup<string, string> childNames, List<(OutlineNode, QuantityMention, string?)> renamed)
    {
        if (node.Mentions.All(m => !m.IsTarget && m.Name is null))
        {
            return node;
        }

        var children = new HashSet<string>(childNames[node.Path], StringComparer.Ordinal);
        var taken = new HashSet<string>(NodeMembers, StringComparer.Ordinal);
        taken.UnionWith(children);

        // Names a correction gave are the user's: the engine's names make way for them, unless the node's class uses them.
        var explicitNames = new HashSet<string>(
            node.Mentions.Where(m => m.IsTarget && m.Name is not null && !IsReserved(m.Name, children)).Select(m => m.Name!),
            StringComparer.Ordinal);
        taken.UnionWith(explicitNames);
        var mentions = new QuantityMention[node.Mentions.Count];
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Length; i++)
        {
            var mention = node.Mentions[i];
            if (!mention.IsTarget)
            {
                mentions[i] = mention.Name is null && mention.Measures is null ? mention : mention with { Name = null, Measures = null };
                continue;
            }

            var measures = glossary.Classify(mention.Indicator);
            if (mention.Name is not null && explicitNames.Contains(mention.Name))
            {
                mentions[i] = mention.Measures == measures ? mention : mention with { Measures = measures };
                continue;
            }

            var reserved = mention.Name;
            var wanted = reserved ?? measures ?? Identifier(IndicatorHead.Of(mention.Indicator));
            var name = wanted;
            if (IsReserved(name, children))
            {
                name = wanted += "Target";
            }

            // The next suffix to try is remembered per name, so that many targets of one name cost linear time.
            var suffix = nextSuffix.TryGetValue(wanted, out var next) ? next : 2;
            while (!taken.Add(name))
            {
                name = wanted + suffix.ToString(CultureInfo.InvariantCulture);
                suffix++;
            }

            nextSuffix[wanted] = suffix;

            mentions[i] = mention.Name == name && mention.Measures == measures ? mention : mention with { Name = name, Measures = measures };
            if (reserved is not null || !string.Equals(name, wanted, StringComparison.Ordinal))
            {
                renamed.Add((node, mentions[i], reserved));
            }
        }

        return node with { Mentions = mentions.ToEquatableArray() };
    }
}
