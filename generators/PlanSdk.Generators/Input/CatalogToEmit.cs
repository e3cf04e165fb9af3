using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PlanSdk.Extraction;
using PlanSdk.Generators.Diagnostics;

namespace PlanSdk.Generators.Input;

/// <summary>A plan as the catalogue lists it.</summary>
/// <param name="PlanId">The plan id.</param>
/// <param name="ClassName">Its generated class.</param>
/// <param name="Path">Its plan file, where a diagnostic about its id is reported.</param>
internal sealed record CatalogEntry(string PlanId, string ClassName, string Path);

/// <summary>
/// What the catalogue holds: this project's plans (one per id, in ordinal order of id), the referenced
/// catalogues it unites with them, those it cannot name because they have its own name, and the
/// diagnostics about both.
/// </summary>
/// <remarks>A value record: the catalogue is written again only when one of these changes.</remarks>
/// <param name="Plans">This project's plans, the first (by path) of each id.</param>
/// <param name="Referenced">The referenced catalogues to unite, in ordinal order of assembly name.</param>
/// <param name="Shadowed">Referenced catalogues with this project's catalogue name, left out.</param>
/// <param name="Diagnostics">PLAN034 for a plan id a referenced catalogue has too; PLAN035 for a shadowed catalogue.</param>
internal sealed record CatalogToEmit(
    EquatableArray<CatalogEntry> Plans,
    EquatableArray<ReferencedCatalog> Referenced,
    EquatableArray<ReferencedCatalog> Shadowed,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static CatalogToEmit From(ImmutableArray<CatalogEntry> entries, EquatableArray<ReferencedCatalog> referenced, GeneratorOptions options)
    {
        var plans = entries
            .OrderBy(e => e.PlanId, StringComparer.Ordinal)
            .ThenBy(e => e.Path, StringComparer.Ordinal)
            .GroupBy(e => e.PlanId, StringComparer.Ordinal)
            .Select(group => group.First())
            .ToList();
        var own = "global::" + options.Namespace + ".PlanCatalog";
        var usable = referenced.Where(r => r.TypeName != own).ToList();
        var shadowed = referenced.Where(r => r.TypeName == own).ToList();

        var diagnostics = new List<DiagnosticInfo>();
        foreach (var plan in plans)
        {
            foreach (var catalog in usable.Where(r => r.PlanIds.Contains(plan.PlanId)))
            {
                diagnostics.Add(new DiagnosticInfo(
                    ProblemCode.PlanIdInReferencedAssembly,
                    $"Plan '{plan.PlanId}' is also compiled into the referenced assembly {catalog.AssemblyName}; PlanCatalog.All keeps this project's plan and leaves out that one. "
                    + "Rename one of the files, or take the plan out of one of the projects.",
                    plan.Path,
                    new SourceSpan(0, 0, 1, 1, 1, 1)));
            }
        }

        if (plans.Count > 0)
        {
            foreach (var catalog in shadowed)
            {
                diagnostics.Add(new DiagnosticInfo(
                    ProblemCode.CatalogNameTaken,
                    $"The referenced assembly {catalog.AssemblyName} has a catalogue named {catalog.TypeName.Replace("global::", string.Empty)}, as this project's is; "
                    + "its plans are not in PlanCatalog.All. Give each project that holds plans its own <PlanSdkNamespace> (Plans.Hebei, Plans.Zhejiang).",
                    string.Empty,
                    new SourceSpan(0, 0, 1, 1, 1, 1)));
            }
        }

        return new CatalogToEmit(plans.ToEquatableArray(), usable.ToEquatableArray(), shadowed.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
