using BenchmarkDotNet.Attributes;

namespace PlanSdk.Benchmarks;

/// <summary>
/// Extraction throughput on the five reference plans (124 KB of UTF-8). The baseline is the
/// least any reader of these texts does: split the lines and find every number with a regular
/// expression. The ratio column is the engine's cost over that floor; MB/s is the plans' UTF-8
/// size over the mean time (see benchmarks/README.md).
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private (string Id, string Text)[] _plans = System.Array.Empty<(string, string)>();

    [GlobalSetup]
    public void Setup() => _plans = SeedPlans.Load();

    [Benchmark(Baseline = true, Description = "split lines + regex numbers")]
    public int SplitAndScan() => ExtractionRoutes.SplitAndScan(_plans);

    [Benchmark(Description = "PlanExtractor.Extract")]
    public int Extract() => ExtractionRoutes.Extract(_plans);
}
