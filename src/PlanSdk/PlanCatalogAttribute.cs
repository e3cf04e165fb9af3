using System;
using System.Collections.Generic;

namespace PlanSdk;

/// <summary>
/// Marks an assembly that compiles plans: it names the assembly's generated <c>PlanCatalog</c> and
/// the ids of its plans. The generator writes it; a project that references the assembly finds the
/// catalogue by it and unions its plans into its own <c>PlanCatalog.All</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class PlanCatalogAttribute : Attribute
{
    /// <summary>Names a catalogue.</summary>
    /// <param name="catalog">The generated static class (<c>typeof(Plans.Hebei.PlanCatalog)</c>).</param>
    /// <param name="planIds">The ids of the plans it compiles.</param>
    public PlanCatalogAttribute(Type catalog, params string[] planIds)
    {
        Catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        PlanIds = planIds ?? Array.Empty<string>();
    }

    /// <summary>The generated catalogue class.</summary>
    public Type Catalog { get; }

    /// <summary>The ids of the plans compiled into the assembly.</summary>
    public IReadOnlyList<string> PlanIds { get; }
}
