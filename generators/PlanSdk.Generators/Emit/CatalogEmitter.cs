using System.Linq;
using PlanSdk.Generators.Input;

namespace PlanSdk.Generators.Emit;

/// <summary>
/// Writes <c>PlanCatalog.g.cs</c>: the plans compiled into the assembly (<c>Local</c>), united with the
/// catalogues of referenced assemblies (<c>All</c>), and the <c>[assembly: PlanCatalog]</c> by which
/// projects referencing this one find it.
/// </summary>
internal static class CatalogEmitter
{
    /// <summary>The source of the catalogue, or null when the project has no plans and a referenced catalogue has its name.</summary>
    public static string? Emit(CatalogToEmit catalog, GeneratorOptions options)
    {
        if (catalog.Plans.Count == 0 && catalog.Shadowed.Count > 0)
        {
            // A project without plans of its own, in the namespace of a catalogue it references: that catalogue serves it.
            return null;
        }

        var plans = catalog.Plans;
        var referenced = catalog.Referenced;
        var type = "global::" + options.Namespace + ".PlanCatalog";
        var w = new SourceWriter();
        GeneratedFile.Header(w, options);
        w.Line("[assembly: global::PlanSdk.PlanCatalogAttribute(typeof(" + type + ")"
            + string.Concat(plans.Select(p => ", " + Literals.String(p.PlanId))) + ")]");
        w.Line();
        w.Line("namespace " + options.Namespace).Open();
        w.Summary("The plans compiled into this assembly (" + plans.Count + ")"
            + (referenced.Count == 0 ? string.Empty : ", and those of the assemblies it references (" + string.Join(", ", referenced.Select(r => r.AssemblyName)) + ")")
            + ", for queries across plans.");
        GeneratedFile.Attribute(w);
        w.Line(options.Visibility + " static partial class PlanCatalog").Open();
        w.Summary("The ids of this assembly's plans, in ordinal order.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> Ids { get; } = new string[] { "
            + string.Join(", ", plans.Select(p => Literals.String(p.PlanId))) + " };");
        w.Line();
        w.Summary("The plans compiled into this assembly, in the order of their ids; built on first use.");
        w.Line("public static global::PlanSdk.PlanSet Local => LocalPlans.Set;");
        w.Line();
        w.Summary(referenced.Count == 0
            ? "Every plan: those compiled into this assembly (no referenced assembly compiles plans)."
            : "This assembly's plans, then those of " + string.Join(", ", referenced.Select(r => r.TypeName.Replace("global::", string.Empty) + " (" + r.AssemblyName + ")"))
                + "; the first plan of an id wins.");
        w.Line("public static global::PlanSdk.PlanSet All => AllPlans.Set;");
        w.Line();
        w.Summary("The plan with the given id, this assembly's first, then the referenced catalogues'; null when none has it.");
        w.Line("public static global::PlanSdk.Plan" + (options.NullableAnnotations ? "?" : string.Empty) + " Find(string id)").Open();
        w.Line("switch (id)").Open();
        foreach (var plan in plans)
        {
            w.Line("case " + Literals.String(plan.PlanId) + ": return global::" + options.Namespace + "." + plan.ClassName + ".Plan;");
        }

        w.Line("default: return " + string.Concat(referenced.Select(r => r.TypeName + ".Find(id) ?? ")) + "null;");
        w.Close();
        w.Close();
        w.Line();
        w.Line("private static class LocalPlans").Open();
        w.Line("static LocalPlans()").Open().Close();
        w.Line();
        w.Line("internal static readonly global::PlanSdk.PlanSet Set = new global::PlanSdk.PlanSet(new global::PlanSdk.Plan[] { "
            + string.Join(", ", plans.Select(p => "global::" + options.Namespace + "." + p.ClassName + ".Plan")) + " });");
        w.Close();
        w.Line();
        w.Line("private static class AllPlans").Open();
        w.Line("static AllPlans()").Open().Close();
        w.Line();
        w.Line("internal static readonly global::PlanSdk.PlanSet Set = global::PlanSdk.PlanSet.Union(LocalPlans.Set"
            + string.Concat(referenced.Select(r => ", " + r.TypeName + ".All")) + ");");
        w.Close();
        w.Close();
        w.Close();
        return w.ToString();
    }
}
