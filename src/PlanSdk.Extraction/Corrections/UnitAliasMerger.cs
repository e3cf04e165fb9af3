using System.Collections.Generic;
using System.Linq;
using PlanSdk.Extraction.Responsibility;

namespace PlanSdk.Extraction.Corrections;

/// <summary>
/// Applies a corrections file's <c>aliases</c> to <see cref="ExtractedPlan.Units"/>: the unit a
/// spelling belongs to and the unit of its canonical spelling become one unit, named by the
/// canonical spelling, with every other spelling as an alias in first-seen order. Chains
/// (<c>A → B</c>, <c>B → C</c>) end at their last spelling. The spellings in task clauses stay as
/// written.
/// </summary>
internal static class UnitAliasMerger
{
    public static EquatableArray<ResponsibleUnitEntry> Merge(ExtractedPlan plan, PlanCorrections corrections, List<ExtractionProblem> problems)
    {
        if (corrections.Aliases.IsEmpty)
        {
            return plan.Units;
        }

        var groups = plan.Units.Select(u => new Group(u)).ToList();
        var groupOf = new Dictionary<string, Group>();
        foreach (var group in groups)
        {
            foreach (var spelling in group.Spellings)
            {
                groupOf[spelling] = group;
            }
        }

        // A spelling declared as its own canonical spelling leaves the group the engine put it in.
        foreach (var alias in corrections.Aliases.Where(a => a.Spelling == a.Canonical))
        {
            if (groupOf.TryGetValue(alias.Spelling, out var group) && group.Spellings.Count > 1)
            {
                group.Spellings.Remove(alias.Spelling);
                if (group.Name == alias.Spelling)
                {
                    group.Name = group.Spellings.OrderByDescending(s => s.Length).ThenBy(s => s, System.StringComparer.Ordinal).First();
                }

                group.Changed = true;
                var own = new Group(new ResponsibleUnitEntry(alias.Spelling, EquatableArray.Empty<string>(), UnitAliasFinder.IsCollective(alias.Spelling))) { Changed = true };
                groups.Insert(groups.IndexOf(group) + 1, own);
                groupOf[alias.Spelling] = own;
            }
        }

        var canonicalOf = corrections.Aliases.Where(a => a.Spelling != a.Canonical).ToDictionary(a => a.Spelling, a => a.Canonical);
        var canonicals = new HashSet<string>(canonicalOf.Values);
        foreach (var alias in corrections.Aliases.Where(a => a.Spelling != a.Canonical))
        {
            var name = Resolve(canonicalOf, alias.Canonical);
            if (!groupOf.TryGetValue(alias.Spelling, out var group))
            {
                if (!canonicals.Contains(alias.Spelling))
                {
                    problems.Add(new ExtractionProblem(
                        ProblemCode.CorrectionUnitNotFound,
                        $"\"{alias.Spelling}\" is not a unit of plan {plan.Id}: no responsibility clause names it, so there is nothing to make an alias of \"{alias.Canonical}\".",
                        alias.Span,
                        corrections.FilePath));
                }

                continue;
            }

            if (groupOf.TryGetValue(name, out var other) && other != group)
            {
                var (keep, merged) = groups.IndexOf(group) < groups.IndexOf(other) ? (group, other) : (other, group);
                keep.Spellings.AddRange(merged.Spellings);
                foreach (var spelling in merged.Spellings)
                {
                    groupOf[spelling] = keep;
                }

                groups.Remove(merged);
                group = keep;
                group.Changed = true;
            }

            if (group.Name != name)
            {
                group.Name = name;
                group.Changed = true;
            }

            groupOf[name] = group;
        }

        if (!groups.Any(g => g.Changed))
        {
            return plan.Units;
        }

        var order = FirstSeenOrder(plan);
        return groups.Select(g => g.ToEntry(order)).ToEquatableArray();
    }

    private static string Resolve(Dictionary<string, string> canonicalOf, string spelling)
    {
        var name = spelling;
        for (var guard = 0; guard < 64 && canonicalOf.TryGetValue(name, out var next); guard++)
        {
            name = next;
        }

        return name;
    }

    /// <summary>Each spelling's place in the order the plan first uses it (lead units, then participants, node by node).</summary>
    private static Dictionary<string, int> FirstSeenOrder(ExtractedPlan plan)
    {
        var order = new Dictionary<string, int>();
        foreach (var node in plan.AllNodes())
        {
            foreach (var spelling in node.Lead.Concat(node.Participants))
            {
                if (!order.ContainsKey(spelling))
                {
                    order[spelling] = order.Count;
                }
            }
        }

        return order;
    }

    private sealed class Group
    {
        private readonly ResponsibleUnitEntry _entry;

        public Group(ResponsibleUnitEntry entry)
        {
            _entry = entry;
            Name = entry.Name;
            Spellings = new List<string> { entry.Name };
            Spellings.AddRange(entry.Aliases);
        }

        public string Name { get; set; }

        /// <summary>The spellings the plan uses for the unit.</summary>
        public List<string> Spellings { get; }

        public bool Changed { get; set; }

        public ResponsibleUnitEntry ToEntry(Dictionary<string, int> order)
        {
            if (!Changed)
            {
                return _entry;
            }

            var aliases = Spellings
                .Where(s => s != Name)
                .Distinct()
                .OrderBy(s => order.TryGetValue(s, out var at) ? at : int.MaxValue)
                .ToEquatableArray();
            return new ResponsibleUnitEntry(Name, aliases, UnitAliasFinder.IsCollective(Name));
        }
    }
}
