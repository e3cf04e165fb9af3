using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PlanSdk.Extraction.Naming;

namespace PlanSdk.Extraction;

/// <summary>
/// The lock on a plan's published targets, as <c>PublicAPI.Shipped.txt</c> locks an API: a committed
/// file (<c>plans/Zibo2024.plan.lock</c>) records every target's path, name, comparison, value, max,
/// unit and kind. A build compares the plan with it and reports a locked target that changed
/// (<see cref="ProblemCode.LockedTargetChanged"/>) or disappeared (<see cref="ProblemCode.LockedTargetRemoved"/>)
/// until the lock is written again on purpose (<c>plansdk lock</c>); a target not locked yet is
/// reported for information (<see cref="ProblemCode.UnlockedTarget"/>).
/// </summary>
/// <remarks>A value record: the generator caches on it.</remarks>
/// <param name="FilePath">The lock file's path, used to locate problems in it.</param>
/// <param name="Targets">The locked targets, in file order.</param>
public sealed record TargetLock(string FilePath, EquatableArray<LockedTarget> Targets)
{
    /// <summary>The lock file's extension: <c>Zibo2024.txt</c> is locked by <c>Zibo2024.plan.lock</c>.</summary>
    public const string Extension = ".plan.lock";

    private const string Columns = "# path\tname\tcomparison\tvalue\tmax\tunit\tkind";

    private const string ColumnNames = "path, name, comparison, value, max, unit, kind";

    /// <summary>Reads a lock file; lines that cannot be read are reported and left out.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="filePath">The file's path, for the problems.</param>
    /// <param name="problems">What could not be read, located in the file.</param>
    /// <returns>The lock.</returns>
    public static TargetLock Parse(string text, string filePath, out IReadOnlyList<ExtractionProblem> problems)
    {
        var found = new List<ExtractionProblem>();
        var targets = new List<LockedTarget>();
        var normalized = (text ?? string.Empty).Replace("\r\n", "\n").Replace('\r', '\n');
        var lines = normalized.Split('\n');
        var offset = 0;
        for (var i = 0; i < lines.Length; offset += lines[i].Length + 1, i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var why = TryRead(line.Split('\t'), i + 1, offset, out var target);
            if (target is null)
            {
                found.Add(new ExtractionProblem(
                    ProblemCode.LockFileInvalid,
                    $"Line {i + 1} of the lock file cannot be read: {why}. Write the lock again with plansdk lock.",
                    new SourceSpan(offset, line.Length, i + 1, 1, i + 1, line.Length + 1),
                    filePath));
                continue;
            }

            targets.Add(target);
        }

        problems = found;
        return new TargetLock(filePath, targets.ToEquatableArray());
    }

    /// <summary>Reads the fields of one entry; returns why it cannot, or null.</summary>
    private static string? TryRead(string[] fields, int line, int offset, out LockedTarget? target)
    {
        target = null;
        if (fields.Length != 7)
        {
            return fields.Length == 1
                ? $"it has no tab; a line holds 7 fields separated by tabs ({ColumnNames})"
                : $"it has {fields.Length} tab-separated fields, not 7 ({ColumnNames})";
        }

        if (!CSharpIdentifier.IsValid(fields[1]))
        {
            return $"'{fields[1]}' is not a target name";
        }

        if (!Vocabulary.TryParseComparison(fields[2], out var comparison))
        {
            return $"'{fields[2]}' is not a comparison (=, >=, <=, >, <, ~, range)";
        }

        if (!TryNumber(fields[3], out var value) || !TryNumber(fields[4], out var max))
        {
            return $"'{fields[3]}' or '{fields[4]}' is not a number";
        }

        if (!Vocabulary.TryParseKind(fields[6], out var kind))
        {
            return $"'{fields[6]}' is not a kind (target, actual, context)";
        }

        target = new LockedTarget(fields[0], fields[1], comparison, value, max, fields[5].Length == 0 ? null : fields[5], kind, line, offset);
        return null;
    }

    /// <summary>The lock file text that records every target of a finished plan (targets named).</summary>
    /// <param name="plan">The plan, as <see cref="PlanReader.Finish"/> returns it.</param>
    /// <param name="planPath">The plan file's path, for the header.</param>
    /// <returns>The file's text, <c>\n</c> line ends.</returns>
    public static string Write(ExtractedPlan plan, string planPath)
    {
        var text = new StringBuilder();
        text.Append("# PlanSdk target lock of ").Append(planPath).Append(". Written by plansdk lock; commit it.\n");
        text.Append("# A build reports a locked target that changed (PLAN101) or disappeared (PLAN102) until this file is written again.\n");
        text.Append(Columns).Append('\n');
        foreach (var node in plan.AllNodes())
        {
            foreach (var mention in node.Mentions.Where(m => m.IsTarget && m.Name is not null))
            {
                text.Append(node.Path).Append('\t').Append(mention.Name).Append('\t').Append(mention.Comparison.ToSymbol()).Append('\t')
                    .Append(Number(mention.Value)).Append('\t').Append(Number(mention.Max)).Append('\t').Append(mention.Unit ?? string.Empty).Append('\t')
                    .Append(mention.Kind.ToWord()).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Compares a finished plan with this lock.</summary>
    /// <param name="plan">The plan, targets named.</param>
    /// <returns>Changed and removed locked targets, and targets not locked yet.</returns>
    public IReadOnlyList<ExtractionProblem> Compare(ExtractedPlan plan)
    {
        var members = OutlineMemberNames.For(plan).ToDictionary(m => m.Path, m => m, StringComparer.Ordinal);
        var current = new Dictionary<(string, string), QuantityMention>();
        foreach (var node in plan.AllNodes())
        {
            foreach (var mention in node.Mentions.Where(m => m.IsTarget && m.Name is not null))
            {
                current[(node.Path, mention.Name!)] = mention;
            }
        }

        var problems = new List<ExtractionProblem>();
        var locked = new HashSet<(string, string)>();
        foreach (var entry in Targets)
        {
            var key = (entry.Path, entry.Name);
            locked.Add(key);
            var where = plan.Id + "." + MemberPath(members, entry.Path) + entry.Name;
            if (!current.TryGetValue(key, out var mention))
            {
                problems.Add(new ExtractionProblem(
                    ProblemCode.LockedTargetRemoved,
                    $"{where} ({Describe(entry.Comparison, entry.Value, entry.Max, entry.Unit)}) is locked but no longer in the plan; "
                    + "run plansdk lock if the removal is intended.",
                    new SourceSpan(entry.Offset, 0, entry.Line, 1, entry.Line, 1),
                    FilePath));
                continue;
            }

            var was = Describe(entry.Comparison, entry.Value, entry.Max, entry.Unit);
            var now = Describe(mention.Comparison, mention.Value, mention.Max, mention.Unit);
            if (was != now || entry.Kind != mention.Kind)
            {
                var kinds = entry.Kind != mention.Kind ? $" ({entry.Kind.ToWord()} → {mention.Kind.ToWord()})" : string.Empty;
                problems.Add(new ExtractionProblem(
                    ProblemCode.LockedTargetChanged,
                    $"{where} changed from {was} to {now}{kinds}; run plansdk lock if the change is intended.",
                    mention.Span));
            }
        }

        foreach (var node in plan.AllNodes())
        {
            foreach (var mention in node.Mentions.Where(m => m.IsTarget && m.Name is not null && !locked.Contains((node.Path, m.Name!))))
            {
                problems.Add(new ExtractionProblem(
                    ProblemCode.UnlockedTarget,
                    $"{plan.Id}.{MemberPath(members, node.Path)}{mention.Name} ({Describe(mention.Comparison, mention.Value, mention.Max, mention.Unit)}) is not locked yet; run plansdk lock to lock it.",
                    mention.Span));
            }
        }

        return problems;
    }

    /// <summary>A figure as people read it: <c>≥ 61 %</c>, <c>1–2 个</c>, <c>≤ 116</c>.</summary>
    private static string Describe(Comparison comparison, decimal? value, decimal? max, string? unit)
    {
        var symbol = comparison switch
        {
            Comparison.AtLeast => "≥ ",
            Comparison.AtMost => "≤ ",
            Comparison.MoreThan => "> ",
            Comparison.LessThan => "< ",
            Comparison.Approximately => "≈ ",
            Comparison.Between => string.Empty,
            _ => "= ",
        };
        var figure = comparison == Comparison.Between ? Number(value) + "–" + Number(max) : Number(value);
        return symbol + (figure.Length == 0 ? "?" : figure) + (string.IsNullOrEmpty(unit) ? string.Empty : " " + unit);
    }

    /// <summary>The node's members from the plan class down (<c>Task15.</c>, <c>Part2.Section3.Item2.</c>); empty for the root.</summary>
    private static string MemberPath(Dictionary<string, NodeMemberName> members, string path)
    {
        if (!members.TryGetValue(path, out var member))
        {
            return path.Length == 0 ? "Root." : "(node " + path + ").";
        }

        var chain = member.Name + ".";
        return member.OnPlanClass ? chain : MemberPath(members, member.ContainerPath) + chain;
    }

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static bool TryNumber(string field, out decimal? value)
    {
        value = null;
        if (field.Length == 0)
        {
            return true;
        }

        if (decimal.TryParse(field, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }
}
