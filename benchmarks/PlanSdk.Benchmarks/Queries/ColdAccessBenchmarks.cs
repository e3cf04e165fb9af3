using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using PlanSdk.Extraction;
using PlanSdk.Extraction.Naming;

namespace PlanSdk.Benchmarks.Queries;

/// <summary>
/// First access, cold: each measurement is the first call in a fresh process (BenchmarkDotNet's
/// ColdStart strategy, one iteration per launch), so it includes loading and JIT-compiling the code
/// it runs. The compiled plan (the baseline) against (a) reading its JSON export with System.Text.Json
/// and (b) parsing its text with the engine; then the same for a first query over all five plans.
/// </summary>
/// <remarks>
/// The setups read the inputs (text, or JSON the engine exported) before the measurement; the JSON
/// route reads into plain records of its own, so the setup's use of PlanSdk does not warm it.
/// </remarks>
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ColdAccessBenchmarks
{
    private const string OnePlan = "first access to Zibo2024";
    private const string FivePlans = "first query over five plans";

    private const string Zibo = "Zibo2024";

    private (string Id, string Text)[] _texts = Array.Empty<(string, string)>();
    private (string Id, byte[] Json)[] _json = Array.Empty<(string, byte[])>();

    [GlobalSetup(Targets = new[] { nameof(Engine_OnePlan), nameof(Engine_FivePlans) })]
    public void ReadTexts() => _texts = SeedPlans.Load();

    [GlobalSetup(Targets = new[] { nameof(Json_OnePlan), nameof(Json_FivePlans) })]
    public void ExportJson() => _json = SeedPlans.Load()
        .Select(p => (p.Id, Encoding.UTF8.GetBytes(PlanJson.Serialize(Plan.FromExtraction(PlanReader.Read(p.Id, p.Text))))))
        .ToArray();

    [BenchmarkCategory(OnePlan), Benchmark(Baseline = true, Description = "compiled: Plans.Zibo2024.Plan")]
    public int Compiled_OnePlan() => global::Plans.Zibo2024.Plan.Targets.Count;

    [BenchmarkCategory(OnePlan), Benchmark(Description = "(a) STJ: read the JSON export")]
    public int Json_OnePlan() => JsonSerializer.Deserialize(Array.Find(_json, p => p.Id == Zibo).Json, ExportedJsonContext.Default.JsonPlan)!.Nodes.Sum(n => n.Targets.Count);

    [BenchmarkCategory(OnePlan), Benchmark(Description = "(b) engine: parse the text")]
    public int Engine_OnePlan()
    {
        var (id, text) = Array.Find(_texts, p => p.Id == Zibo);
        return Plan.FromExtraction(PlanReader.Read(id, text)).Targets.Count;
    }

    [BenchmarkCategory(FivePlans), Benchmark(Baseline = true, Description = "compiled: PlanCatalog.All.TargetsOf(SigningRate)")]
    public int Compiled_FivePlans() => global::Plans.PlanCatalog.All.TargetsOf(Indicator.SigningRate).Count;

    [BenchmarkCategory(FivePlans), Benchmark(Description = "(a) STJ: read five exports + LINQ")]
    public int Json_FivePlans() => _json
        .Select(p => JsonSerializer.Deserialize(p.Json, ExportedJsonContext.Default.JsonPlan)!)
        .SelectMany(plan => plan.Nodes)
        .SelectMany(node => node.Targets)
        .Count(t => IndicatorGlossary.Default.Classify(t.Indicator) is { } name && Indicator.FromName(name).IsA(Indicator.SigningRate));

    [BenchmarkCategory(FivePlans), Benchmark(Description = "(b) engine: parse five texts + query")]
    public int Engine_FivePlans() =>
        new PlanSet(_texts.Select(p => Plan.FromExtraction(PlanReader.Read(p.Id, p.Text)))).TargetsOf(Indicator.SigningRate).Count;
}
