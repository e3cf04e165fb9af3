using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PlanSdk.Extraction;
using PlanSdk.Extraction.Naming;

namespace PlanSdk.Benchmarks.Queries;

/// <summary>
/// Bulk queries over the compiled catalogue against what a user would otherwise do, in one run:
/// (a) deserialize the JSON export with System.Text.Json and LINQ over it, (b) parse the texts with
/// the engine at run time and query, (c) a hand-written loop over plain struct arrays (the floor,
/// the baseline of each category). Two queries: every signing-rate figure (an indicator and its
/// kinds, the taxonomy's index) and every goal in per cent at 90 or more (a scan: the catalogue's
/// <see cref="PlanSet.CountMatches"/> and <see cref="PlanSet.Query"/> over its table of target fields, and
/// the same filter written over the target objects).
/// </summary>
/// <remarks>Each query returns the same answer by every route; <see cref="Setup"/> checks it.</remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class BulkQueryBenchmarks
{
    private const string ByIndicator = "signing rates (indicator + kinds)";
    private const string Scan = "goals in % at >= 90 (scan)";

    private static readonly TargetQuery HighGoalsQuery = new() { Kind = TargetKind.Target, Unit = Unit.Percent, ValueAtLeast = 90m };

    private PlanSet _plans = PlanSet.Empty;
    private (string Id, string Text)[] _texts = Array.Empty<(string, string)>();
    private byte[][] _json = Array.Empty<byte[]>();
    private JsonPlan[] _parsedJson = Array.Empty<JsonPlan>();
    private PlainTarget[] _plain = Array.Empty<PlainTarget>();
    private int _signingFamily;

    [Params(QuerySource.CompiledSeeds5, QuerySource.Synthetic1000)]
    public QuerySource Source { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_plans, _texts) = QuerySources.Load(Source);
        _json = _plans.Select(plan => Encoding.UTF8.GetBytes(PlanJson.Serialize(plan))).ToArray();
        _parsedJson = _json.Select(bytes => JsonSerializer.Deserialize(bytes, ExportedJsonContext.Default.JsonPlan)!).ToArray();
        _plain = PlainTarget.From(_plans.Targets);
        _signingFamily = PlainTarget.FamilyOf(Indicator.SigningRate);

        var answers = new[]
        {
            (Catalogue_SigningRates(), Json_SigningRates(), JsonPreloaded_SigningRates(), Engine_SigningRates(), Loop_SigningRates()),
            (Catalogue_HighGoals(), Json_HighGoals(), JsonPreloaded_HighGoals(), Engine_HighGoals(), Loop_HighGoals()),
            (Catalogue_HighGoalsListed(), Catalogue_HighGoalsOnObjects(), JsonPreloaded_HighGoals(), Engine_HighGoals(), Loop_HighGoals()),
        };
        foreach (var (catalogue, json, preloaded, engine, loop) in answers)
        {
            if (catalogue != json || catalogue != preloaded || catalogue != engine || catalogue != loop)
            {
                throw new InvalidOperationException($"The routes disagree: catalogue {catalogue}, JSON {json}, preloaded JSON {preloaded}, engine {engine}, loop {loop}.");
            }
        }
    }

    [BenchmarkCategory(ByIndicator), Benchmark(Description = "catalogue: TargetsOf(Indicator.SigningRate)")]
    public decimal Catalogue_SigningRates() => Sum(_plans.TargetsOf(Indicator.SigningRate));

    [BenchmarkCategory(ByIndicator), Benchmark(Description = "(a) STJ load + LINQ")]
    public decimal Json_SigningRates() => SigningRates(_json.Select(bytes => JsonSerializer.Deserialize(bytes, ExportedJsonContext.Default.JsonPlan)!));

    [BenchmarkCategory(ByIndicator), Benchmark(Description = "(a') LINQ over STJ objects loaded before")]
    public decimal JsonPreloaded_SigningRates() => SigningRates(_parsedJson);

    [BenchmarkCategory(ByIndicator), Benchmark(Description = "(b) engine parse + query")]
    public decimal Engine_SigningRates() => Sum(ParseAll().TargetsOf(Indicator.SigningRate));

    [BenchmarkCategory(ByIndicator), Benchmark(Baseline = true, Description = "(c) hand-written loop over structs")]
    public decimal Loop_SigningRates()
    {
        var sum = 0m;
        var rows = _plain;
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].Family == _signingFamily)
            {
                sum += rows[i].Value;
            }
        }

        return sum;
    }

    [BenchmarkCategory(Scan), Benchmark(Description = "catalogue: CountMatches(query)")]
    public decimal Catalogue_HighGoals() => _plans.CountMatches(HighGoalsQuery);

    [BenchmarkCategory(Scan), Benchmark(Description = "catalogue: Query(query), listed")]
    public decimal Catalogue_HighGoalsListed() => _plans.Query(HighGoalsQuery).Count;

    [BenchmarkCategory(Scan), Benchmark(Description = "catalogue: TargetsOfKind(Target) + filter on the objects")]
    public decimal Catalogue_HighGoalsOnObjects()
    {
        var goals = _plans.TargetsOfKind(TargetKind.Target);
        var count = 0;
        for (var i = 0; i < goals.Count; i++)
        {
            var goal = goals[i];
            if (goal.Unit == Unit.Percent && goal.Value >= 90m)
            {
                count++;
            }
        }

        return count;
    }

    [BenchmarkCategory(Scan), Benchmark(Description = "(a) STJ load + LINQ")]
    public decimal Json_HighGoals() => HighGoals(_json.Select(bytes => JsonSerializer.Deserialize(bytes, ExportedJsonContext.Default.JsonPlan)!));

    [BenchmarkCategory(Scan), Benchmark(Description = "(a') LINQ over STJ objects loaded before")]
    public decimal JsonPreloaded_HighGoals() => HighGoals(_parsedJson);

    [BenchmarkCategory(Scan), Benchmark(Description = "(b) engine parse + query")]
    public decimal Engine_HighGoals() => ParseAll().TargetsOfKind(TargetKind.Target).Count(t => t.Unit == Unit.Percent && t.Value >= 90m);

    [BenchmarkCategory(Scan), Benchmark(Baseline = true, Description = "(c) hand-written loop over structs")]
    public decimal Loop_HighGoals()
    {
        var count = 0;
        var rows = _plain;
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].Kind == (byte)TargetKind.Target && rows[i].Percent && rows[i].Value >= 90m)
            {
                count++;
            }
        }

        return count;
    }

    private static decimal Sum(IReadOnlyList<Target> targets)
    {
        var sum = 0m;
        for (var i = 0; i < targets.Count; i++)
        {
            sum += targets[i].Value ?? decimal.MinValue;
        }

        return sum;
    }

    /// <summary>What a JSON reader has to do to find signing rates: classify each written indicator with the engine's glossary.</summary>
    private static decimal SigningRates(IEnumerable<JsonPlan> plans) =>
        plans.SelectMany(plan => plan.Nodes)
            .SelectMany(node => node.Targets)
            .Where(t => t.Kind != "context"
                && IndicatorGlossary.Default.Classify(t.Indicator) is { } name
                && Indicator.FromName(name).IsA(Indicator.SigningRate))
            .Sum(t => t.Value ?? decimal.MinValue);

    private static decimal HighGoals(IEnumerable<JsonPlan> plans) =>
        plans.SelectMany(plan => plan.Nodes)
            .SelectMany(node => node.Targets)
            .Count(t => t.Kind == "target" && t.Unit == "%" && t.Value >= 90m);

    private PlanSet ParseAll() => new(_texts.Select(p => Plan.FromExtraction(PlanReader.Read(p.Id, p.Text))));
}
