using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using PlanSdk.Benchmarks.Corpus;

namespace PlanSdk.Benchmarks;

/// <summary>
/// Extraction throughput on the reference plans and on 100 synthetic plans (seed 42), in one run:
/// per corpus, the engine against the same floor as <see cref="ExtractionBenchmarks"/> (split
/// lines, regex numbers), with the corpus size and MB/s computed by the table itself.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class CorpusExtractionBenchmarks
{
    private (string Id, string Text)[] _plans = System.Array.Empty<(string, string)>();

    [Params(BenchCorpus.Seeds5, BenchCorpus.Synthetic100)]
    public BenchCorpus Corpus { get; set; }

    [GlobalSetup]
    public void Setup() => _plans = BenchCorpora.Load(Corpus);

    [Benchmark(Baseline = true, Description = "split lines + regex numbers")]
    public int SplitAndScan() => ExtractionRoutes.SplitAndScan(_plans);

    [Benchmark(Description = "PlanExtractor.Extract")]
    public int Extract() => ExtractionRoutes.Extract(_plans);

    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            AddColumn(new CorpusColumn("Bytes", "UTF-8 bytes of plan text per operation", (bytes, _) => bytes.ToString("N0", CultureInfo.InvariantCulture)));
            AddColumn(new CorpusColumn("MB/s", "Megabytes (10^6 bytes) of plan text per second, one core", (bytes, meanNs) => (bytes / meanNs * 1e3).ToString("N1", CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>A column computed from the corpus size of a case and its mean time.</summary>
    private sealed class CorpusColumn : IColumn
    {
        private readonly System.Func<long, double, string> _value;

        public CorpusColumn(string name, string legend, System.Func<long, double, string> value)
        {
            ColumnName = name;
            Legend = legend;
            _value = value;
        }

        public string Id => "Corpus" + ColumnName;

        public string ColumnName { get; }

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => ColumnName.Length;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend { get; }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            var corpus = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(Corpus))?.Value;
            return mean is { } ns && corpus is BenchCorpus c ? _value(BenchCorpora.Utf8Bytes(c), ns) : "NA";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
