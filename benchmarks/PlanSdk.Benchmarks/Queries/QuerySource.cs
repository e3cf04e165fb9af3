using System;
using System.Linq;
using PlanSdk.Benchmarks.Corpus;
using PlanSdk.Extraction;

namespace PlanSdk.Benchmarks.Queries;

/// <summary>The plan sets the query benchmarks read.</summary>
public enum QuerySource
{
    /// <summary>The five reference plans, compiled by the generator (<c>Plans.PlanCatalog.All</c>).</summary>
    CompiledSeeds5,

    /// <summary>
    /// 1,000 synthetic plans (seed 42), built through the engine into the same runtime types the
    /// generated code builds: queries cost the same whichever way the objects were made.
    /// </summary>
    Synthetic1000,
}

/// <summary>The plans of a query source, and their texts.</summary>
internal static class QuerySources
{
    public static (PlanSet Plans, (string Id, string Text)[] Texts) Load(QuerySource source)
    {
        switch (source)
        {
            case QuerySource.CompiledSeeds5:
                return (global::Plans.PlanCatalog.All, SeedPlans.Load());
            case QuerySource.Synthetic1000:
                var texts = BenchCorpora.Synthetic(1000).Select(p => (p.Id, p.Text)).ToArray();
                return (new PlanSet(texts.Select(p => Plan.FromExtraction(PlanReader.Read(p.Id, p.Text)))), texts);
            default:
                throw new ArgumentOutOfRangeException(nameof(source), source, null);
        }
    }
}
