using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using PlanSdk.Extraction;
using PlanSdk.Extraction.Naming;
using PlanSdk.Generators.Diagnostics;

namespace PlanSdk.Generators.Input;

/// <summary>
/// The class name of each plan: its id as an identifier (<c>Zibo2024</c>), with <c>_2</c>, <c>_3</c>… for
/// a second plan of the same id in another folder, ordered by path so that the names do not depend on
/// the order in which the compiler lists the files.
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
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var firstPathOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var name = CSharpIdentifier.From(file.PlanId, "Plan", int.MaxValue);
            var unique = name;
            for (var suffix = 2; !taken.Add(unique); suffix++)
            {
                unique = name + "_" + suffix.ToString(CultureInfo.InvariantCulture);
            }

            if (unique != name)
            {
                // Another file has this id, or an id that makes the same class name (Zibo-2024, Zibo_2024).
                duplicates.Add(new DiagnosticInfo(
                    ProblemCode.DuplicatePlanId,
                    $"Plan '{file.PlanId}' would have the class name {name}, which {firstPathOf[name]} already has; this plan's class is {unique}. "
                    + "Rename one of the files to tell them apart.",
                    file.Path,
                    new SourceSpan(0, 0, 1, 1, 1, 1)));
            }
            else
            {
                firstPathOf[name] = file.DisplayPath;
            }

            names.Add((file.Path, unique));
        }

        return new PlanClassNames(names.ToEquatableArray(), duplicates.ToEquatableArray());
    }

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
