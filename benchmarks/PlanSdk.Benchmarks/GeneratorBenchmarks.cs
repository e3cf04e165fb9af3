using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PlanSdk.Benchmarks.Corpus;
using PlanSdk.Generators;
using PlanSdk.Testing;

namespace PlanSdk.Benchmarks;

/// <summary>
/// The source generator in a <see cref="CSharpGeneratorDriver"/> over 100 and 1,000 synthetic
/// plans (seed 42): a full run (a new driver) against an incremental run (a driver that already
/// ran, one figure of one plan changed, run again) and against a run with nothing changed. The
/// goal: an edit to one plan among 1,000 costs at most 5 % of a full run (the Ratio column).
/// An incremental run is a few milliseconds and sensitive to other load on the machine, hence
/// 15 iterations and the median beside the mean.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15, id: "Generator")]
public class GeneratorBenchmarks
{
    private const string ProjectDirectory = "/project/";
    private static readonly Regex Percent = new(@"(?<![0-9.])([0-9]{1,2})(?=%)", RegexOptions.CultureInvariant);

    private readonly CSharpParseOptions _parseOptions = new(LanguageVersion.Latest);
    private readonly PlanOptionsProvider _options = new(ProjectDirectory);
    private ImmutableArray<AdditionalText> _files;
    private Compilation _compilation = null!;
    private GeneratorDriver _ran = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;

    [Params(100, 1000)]
    public int Plans { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = BenchCorpora.Synthetic(Plans)
            .Select(p => (AdditionalText)new InMemoryAdditionalText(ProjectDirectory + "plans/" + p.FileName, p.Text))
            .ToImmutableArray();
        _compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Program { } }", _parseOptions) },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _ran = NewDriver().RunGenerators(_compilation);

        // The edit: one percentage of the middle plan, one less or one more.
        _original = _files[Plans / 2];
        var text = _original.GetText()!.ToString();
        var figure = Percent.Match(text, text.IndexOf('\n', StringComparison.Ordinal));
        if (!figure.Success)
        {
            throw new InvalidOperationException(_original.Path + " has no percentage to edit.");
        }

        var value = int.Parse(figure.Value, System.Globalization.CultureInfo.InvariantCulture);
        var changed = (value % 10 == 9 ? value - 1 : value + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _edited = new InMemoryAdditionalText(_original.Path, text.Remove(figure.Index, figure.Length).Insert(figure.Index, changed));
        CheckOneSourceChanges();
    }

    [Benchmark(Baseline = true, Description = "full run (new driver)")]
    public GeneratorDriver FullRun() => NewDriver().RunGenerators(_compilation);

    [Benchmark(Description = "one plan edited, run again")]
    public GeneratorDriver EditOnePlan() => _ran.ReplaceAdditionalText(_original, _edited).RunGenerators(_compilation);

    [Benchmark(Description = "nothing edited, run again")]
    public GeneratorDriver RunAgain() => _ran.RunGenerators(_compilation);

    private CSharpGeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        new[] { new PlanGenerator().AsSourceGenerator() },
        _files,
        _parseOptions,
        _options);

    /// <summary>The edit must change exactly the edited plan's source, or the benchmark measures something else.</summary>
    private void CheckOneSourceChanges()
    {
        var before = _ran.GetRunResult().Results.Single().GeneratedSources;
        var after = EditOnePlan().GetRunResult().Results.Single().GeneratedSources;
        var changed = before.Zip(after).Count(pair => pair.First.HintName != pair.Second.HintName || !pair.First.SourceText.ContentEquals(pair.Second.SourceText));
        if (before.Length != Plans + 1 || after.Length != before.Length || changed != 1)
        {
            throw new InvalidOperationException($"Expected {Plans + 1} sources with one changed by the edit; got {before.Length} and {after.Length} with {changed} changed.");
        }
    }
}
