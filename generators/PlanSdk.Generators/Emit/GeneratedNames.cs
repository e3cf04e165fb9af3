using System.Collections.Generic;
using System.Globalization;
using PlanSdk.Extraction;
using PlanSdk.Extraction.Naming;

namespace PlanSdk.Generators.Emit;

/// <summary>
/// The names a plan's generated code uses, by node index: its class, node members and types,
/// data fields, unit members.
/// </summary>
internal sealed class GeneratedNames
{
    private readonly IReadOnlyList<NodeMemberName> _members;
    private readonly Dictionary<string, int> _indexByPath = new();
    private readonly Dictionary<string, int> _unitIndex = new();
    private readonly string[] _unitMembers;

    public GeneratedNames(ExtractedPlan plan, string className)
    {
        ClassName = className;
        _members = OutlineMemberNames.For(plan);
        for (var i = 0; i < plan.Nodes.Count; i++)
        {
            if (!_indexByPath.ContainsKey(plan.Nodes[i].Path))
            {
                _indexByPath[plan.Nodes[i].Path] = i;
            }
        }

        _unitMembers = new string[plan.Units.Count];
        var taken = new HashSet<string> { ClassName };
        for (var i = 0; i < plan.Units.Count; i++)
        {
            var unit = plan.Units[i];
            _unitIndex[unit.Name] = i;
            foreach (var alias in unit.Aliases)
            {
                _unitIndex[alias] = i;
            }

            var name = Identifiers.Member(unit.Name, "Unit");
            if (UnitClassMembers.Contains(name))
            {
                name += "_";
            }

            var unique = name;
            for (var suffix = 2; !taken.Add(unique); suffix++)
            {
                unique = name + suffix.ToString(CultureInfo.InvariantCulture);
            }

            _unitMembers[i] = unique;
        }
    }

    /// <summary>
    /// Names a member of the <c>Units</c> class must not have: its own (CS0542), and those of <see cref="object"/>,
    /// which it would hide (CS0108).
    /// </summary>
    private static readonly HashSet<string> UnitClassMembers = new(System.StringComparer.Ordinal)
    {
        "Units", "Equals", "ReferenceEquals", "ToString", "GetHashCode", "GetType", "MemberwiseClone", "Finalize",
    };

    /// <summary>The plan's static class (<c>Zibo2024</c>).</summary>
    public string ClassName { get; }

    public NodeMemberName Member(int node) => _members[node];

    /// <summary>The index of the node that holds node <paramref name="node"/>'s member, or -1 for the plan's class.</summary>
    public int Container(int node) =>
        _members[node].OnPlanClass || !_indexByPath.TryGetValue(_members[node].ContainerPath, out var container) ? -1 : container;

    /// <summary>The field of a node in the plan's data class (<c>N14</c>).</summary>
    public static string Field(int node) => "N" + node.ToString(CultureInfo.InvariantCulture);

    /// <summary>The generated type of a node (<c>Task15Node</c>, <c>Part2Section3Node</c>).</summary>
    public string TypeName(int node) => TypeStem(node) + "Node";

    /// <summary>The field of a unit in the plan's data class (<c>U3</c>), found by any of its spellings.</summary>
    public string UnitField(string spelling) => "U" + _unitIndex[spelling].ToString(CultureInfo.InvariantCulture);

    /// <summary>The field of unit <paramref name="unit"/> in the plan's data class.</summary>
    public static string UnitField(int unit) => "U" + unit.ToString(CultureInfo.InvariantCulture);

    public string UnitMember(int unit) => _unitMembers[unit];

    private string TypeStem(int node)
    {
        var container = Container(node);
        return (container < 0 ? string.Empty : TypeStem(container)) + _members[node].Name;
    }
}
