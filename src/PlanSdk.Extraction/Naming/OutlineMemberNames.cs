using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PlanSdk.Extraction.Naming;

/// <summary>
/// The member names that generated code gives a plan's nodes: a role by level and the number as
/// written (<c>Task15</c>, <c>Section6</c>, <c>Part2</c>, <c>Item2</c>). A level whose numbers are unique
/// across the plan is flat (its members stand on the plan's class: <c>Shijiazhuang2020.Task16</c>);
/// a level whose numbering restarts is nested under its parent (<c>Zhoushan2019.Part2.Section3.Item2</c>).
/// </summary>
public static class OutlineMemberNames
{
    /// <summary>Names every numbered node of <paramref name="plan"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>Per node path, in document order, its member name and whether it stands on the plan's class.</returns>
    public static IReadOnlyList<NodeMemberName> For(ExtractedPlan plan)
    {
        var flatLevels = new HashSet<int>();
        foreach (var level in plan.Nodes.Select(n => n.Level).Distinct())
        {
            var numbers = plan.Nodes.Where(n => n.Level == level).Select(n => n.Number).ToList();
            if (numbers.Count == numbers.Distinct().Count())
            {
                flatLevels.Add(level);
            }
        }

        var maxLevel = plan.Nodes.Count == 0 ? 0 : plan.Nodes.Max(n => n.Level);
        var innermostIsItems = plan.Nodes.Where(n => n.Level == maxLevel).All(n => n.Style == NumberingStyle.Item);
        var result = new List<NodeMemberName>(plan.Nodes.Count);
        var used = new Dictionary<string, HashSet<string>>();
        foreach (var node in plan.Nodes)
        {
            var flat = flatLevels.Contains(node.Level);
            var parentPath = ParentPath(node.Path);
            var container = flat || parentPath.Length == 0 ? string.Empty : parentPath;
            var baseName = Role(node.Level, maxLevel, innermostIsItems) + node.Number.ToString(CultureInfo.InvariantCulture);
            if (!used.TryGetValue(container, out var names))
            {
                used[container] = names = new HashSet<string>();
            }

            var name = baseName;
            for (var suffix = 2; !names.Add(name); suffix++)
            {
                name = baseName + "_" + suffix.ToString(CultureInfo.InvariantCulture);
            }

            result.Add(new NodeMemberName(node.Path, name, container.Length == 0, container));
        }

        return result;
    }

    private static string Role(int level, int maxLevel, bool innermostIsItems) => (maxLevel - level) switch
    {
        0 => innermostIsItems ? "Item" : "Task",
        1 => "Section",
        2 => "Part",
        3 => "Chapter",
        _ => "Level" + level.ToString(CultureInfo.InvariantCulture) + "_",
    };

    private static string ParentPath(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path.Substring(0, slash);
    }
}

/// <summary>The generated member of one node.</summary>
/// <param name="Path">The node's path.</param>
/// <param name="Name">The member name (<c>Task15</c>).</param>
/// <param name="OnPlanClass">True when the member stands on the plan's class; false when on its parent's.</param>
/// <param name="ContainerPath">The path of the node that holds the member, <c>""</c> for the plan's class.</param>
public sealed record NodeMemberName(string Path, string Name, bool OnPlanClass, string ContainerPath);
