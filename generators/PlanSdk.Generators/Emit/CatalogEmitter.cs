using System.Collections.Immutable;
using System.Linq;
using PlanSdk.Generators.Input;

namespace PlanSdk.Generators.Emit;

/// <summary>Writes <c>PlanCatalog.g.cs</c>: every plan compiled into the assembly, for bulk queries.</summary>
internal static class CatalogEmitter
{
    public static string Emit(ImmutableArray<CatalogEntry> entries, GeneratorOptions options)
    {
        var plans = entries.OrderBy(e => e.PlanId, System.StringComparer.Ordinal).ThenBy(e => e.ClassName, System.StringComparer.Ordinal).ToList();
        var w = new SourceWriter();
        GeneratedFile.Header(w, options);
        w.Line("namespace " + options.Namespace).Open();
        w.Summary("Every plan compiled into this assembly (" + plans.Count + "), for queries across plans.");
        GeneratedFile.Attribute(w);
        w.Line(options.Visibility + " static partial class PlanCatalog").Open();
        w.Summary("The ids of the plans, in ordinal order.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> Ids { get; } = new string[] { "
            + string.Join(", ", plans.Select(p => Literals.String(p.PlanId))) + " };");
        w.Line();
        w.Summary("Every plan, in the order of their ids; each plan is built on first use.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::PlanSdk.Plan> All => Data.All;");
        w.Line();
        w.Summary("The plan with the given id, or null when the assembly holds none.");
        w.Line("public static global::PlanSdk.Plan" + (options.NullableAnnotations ? "?" : string.Empty) + " Find(string id)").Open();
        w.Line("switch (id)").Open();
        foreach (var plan in plans.GroupBy(p => p.PlanId).Select(g => g.First()))
        {
            w.Line("case " + Literals.String(plan.PlanId) + ": return global::" + options.Namespace + "." + plan.ClassName + ".Plan;");
        }

        w.Line("default: return null;");
        w.Close();
        w.Close();
        w.Line();
        w.Line("private static class Data").Open();
        w.Line("static Data()").Open().Close();
        w.Line();
        w.Line("internal static readonly global::PlanSdk.Plan[] All = new global::PlanSdk.Plan[] { "
            + string.Join(", ", plans.Select(p => "global::" + options.Namespace + "." + p.ClassName + ".Plan")) + " };");
        w.Close();
        w.Close();
        w.Close();
        return w.ToString();
    }
}

/// <summary>A plan as the catalogue lists it.</summary>
/// <param name="PlanId">The plan id.</param>
/// <param name="ClassName">Its generated class.</param>
internal sealed record CatalogEntry(string PlanId, string ClassName);
