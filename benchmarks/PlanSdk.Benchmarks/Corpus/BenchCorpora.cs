using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PlanSdk.Corpus;

namespace PlanSdk.Benchmarks.Corpus;

/// <summary>The plans the benchmarks read: the reference plans and synthetic corpora of seed <see cref="Seed"/>.</summary>
internal static class BenchCorpora
{
    /// <summary>The seed of every synthetic corpus the benchmarks use.</summary>
    public const int Seed = 42;

    private static readonly Lazy<SyntheticCorpus> Maker = new(() => new SyntheticCorpus(SeedPlans.Load()));

    /// <summary>The first <paramref name="count"/> synthetic plans of seed <see cref="Seed"/>.</summary>
    public static IReadOnlyList<SyntheticPlan> Synthetic(int count) => Maker.Value.Generate(Seed, count).ToArray();

    /// <summary>The plans of a corpus as (id, text).</summary>
    public static (string Id, string Text)[] Load(BenchCorpus corpus) => corpus switch
    {
        BenchCorpus.Seeds5 => SeedPlans.Load(),
        BenchCorpus.Synthetic100 => Synthetic(100).Select(p => (p.Id, p.Text)).ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(corpus), corpus, null),
    };

    /// <summary>The UTF-8 size of a corpus.</summary>
    public static long Utf8Bytes(BenchCorpus corpus) => Load(corpus).Sum(p => (long)Encoding.UTF8.GetByteCount(p.Text));
}
