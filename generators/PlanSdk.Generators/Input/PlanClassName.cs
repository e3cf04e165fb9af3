using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using PlanSdk.Extraction;
using PlanSdk.Generators.Diagnostics;
using PlanSdk.Generators.Emit;

namespace PlanSdk.Generators.Input;

/// <summary>
/// The class name of each plan: its id as an identifier (<c>Zibo2024</c>), with <c>_2</c>, <c>_3</c>… for
/// a second plan of the same id in another folder (or of an id that differs only in case: their generated
/// files would be one), ordered by path so that the names do not depend on the order in which the compiler
/// lists the files.
/// </summary>
/// <remarks>A value record: it is combined with each plan, and equal lists leave every plan's output cached.</remarks>
/// <param name="Names">Per plan file path, its class name.</param>
/// <param name="Duplicates">A diagnostic for each plan file whose id an earlier file (by path) already has.</param>
internal sealed record PlanClassNames(EquatableArray<(string Path, string ClassName)> Names, EquatableArray<DiagnosticInfo> Duplicates)
{
    public static PlanClassNames From(ImmutableArray<PlanFile> files)
    {
        var names = new List<(string, string)>();
        var duplicates = new List<DiagnosticInfo>();
        // Case-insensitive: each class's file is <ClassName>.g.cs, and hint names, like many file systems, ignore case.
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var holders = new Dictionary<string, (string Path, string ClassName)>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var name = ClassNameOf(file.PlanId);
            var unique = name;
            for (var suffix = 2; !taken.Add(unique); suffix++)
            {
                unique = name + "_" + suffix.ToString(CultureInfo.InvariantCulture);
            }

            if (unique != name)
            {
                // Another file has this id, or an id that makes the same class name (Zibo-2024, Zibo_2024, zibo2024),
                // or a class name an earlier duplicate was given (Zibo2024_2).
                var (path, holder) = holders[name];
                var same = string.Equals(holder, name, StringComparison.Ordinal)
                    ? $"which {path} already has"
                    : $"which differs only in case from {holder}, the class of {path} (generated files are named by class, and file names ignore case)";
                duplicates.Add(new DiagnosticInfo(
                    ProblemCode.DuplicatePlanId,
                    $"Plan '{file.PlanId}' would have the class name {name}, {same}; this plan's class is {unique}. "
                    + "Rename one of the files to tell them apart.",
                    file.Path,
                    new SourceSpan(0, 0, 1, 1, 1, 1)));
            }

            holders[unique] = (file.DisplayPath, unique);
            names.Add((file.Path, unique));
        }

        return new PlanClassNames(names.ToEquatableArray(), duplicates.ToEquatableArray());
    }

    /// <summary>
    /// The plan id as a type name (<see cref="Identifiers.Type"/>: <c>zibo</c> → <c>Zibo</c>, <c>class</c> → <c>class_</c>),
    /// with <c>Plan</c> after a name that one of its own members, or the catalogue, has (<c>Data</c>, <c>Units</c>,
    /// <c>Task1</c>, <c>PlanCatalog</c>): a class cannot have a member of its own name (CS0542).
    /// </summary>
    public static string ClassNameOf(string planId)
    {
        var name = Identifiers.Type(planId, "Plan");
        return ReservedNames.Contains(name) || MemberLike.IsMatch(name) ? name + "Plan" : name;
    }

    /// <summary>Names of the plan class's own members and nested types, and of the catalogue class.</summary>
    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal) { "Plan", "Root", "Units", "Data", "PlanCatalog" };

    /// <summary>Node members (<c>Task15</c>, <c>Item2_2</c>, <c>Level5_3</c>) and node types (<c>Part2Section3Node</c>).</summary>
    private static readonly Regex MemberLike = new(@"^(?:(?:Task|Section|Part|Chapter|Item)[0-9]+(?:_[0-9]+)?|Level[0-9]+_[0-9]+(?:_[0-9]+)?)+(?:Node)?$", RegexOptions.CultureInvariant);

    public string For(string path)
    {
        foreach (var (candidate, name) in Names)
        {
            if (string.Equals(candidate, path, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return "Plan";
    }
}
