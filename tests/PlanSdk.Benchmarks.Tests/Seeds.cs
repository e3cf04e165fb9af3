using System;
using System.IO;
using PlanSdk.Corpus;

namespace PlanSdk.Benchmarks.Tests;

/// <summary>The synthetic corpus maker over the reference plans copied beside the tests.</summary>
internal static class Seeds
{
    private static readonly Lazy<SyntheticCorpus> Maker = new(() => SyntheticCorpus.FromDirectory(Path.Combine(AppContext.BaseDirectory, "Plans")));

    public static SyntheticCorpus Corpus => Maker.Value;
}
