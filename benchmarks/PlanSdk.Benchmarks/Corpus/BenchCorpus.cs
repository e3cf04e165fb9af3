namespace PlanSdk.Benchmarks.Corpus;

/// <summary>The plan sets the extraction benchmarks read.</summary>
public enum BenchCorpus
{
    /// <summary>The five reference plans in <c>plans/</c>.</summary>
    Seeds5,

    /// <summary>The first 100 plans of the synthetic corpus of seed 42.</summary>
    Synthetic100,
}
