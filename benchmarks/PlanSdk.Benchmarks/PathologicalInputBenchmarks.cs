using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PlanSdk.Extraction;
using PlanSdk.Generators;
using PlanSdk.Testing;

namespace PlanSdk.Benchmarks;

/// <summary>
/// Pathological inputs at three sizes, each twice the one before, so that the ratio of times between sizes shows
/// how the cost grows (about 2 per doubling is linear, 4 quadratic): a plan of <see cref="Size"/> numbering
/// markers (one per line, arabic numbers restarting under CJK-numbered parts), the same count of markers nested
/// seven levels deep (第一部分 › 一、 › (一) › 1. › (1) › ① › 一是), and one line of 10 × <see cref="Size"/>
/// characters (1 MB at 100,000) with a figure in every clause. The engine reads each (<see cref="PlanExtractor.Extract"/>);
/// <see cref="PlanReader.Finish"/> names the line's targets, all on one node; the generator compiles the markers plan.
/// </summary>
[MemoryDiagnoser]
public class PathologicalInputBenchmarks
{
    private string _markers = string.Empty;
    private string _nested = string.Empty;
    private string _line = string.Empty;
    private ExtractedPlan _lineRead = null!;
    private Compilation _compilation = null!;

    /// <summary>Markers in the first two plans; a tenth of the line's characters.</summary>
    [Params(25_000, 50_000, 100_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _markers = Markers(Size);
        _nested = Nested(Size);
        _line = Line(Size * 10);
        _lineRead = PlanExtractor.Extract("Line", _line);
        _compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Program { } }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    [Benchmark(Description = "Extract: markers")]
    public int ExtractMarkers() => PlanExtractor.Extract("Markers", _markers).Nodes.Count;

    [Benchmark(Description = "Extract: nested levels")]
    public int ExtractNested() => PlanExtractor.Extract("Nested", _nested).Nodes.Count;

    [Benchmark(Description = "Extract: one long line")]
    public int ExtractLine() => PlanExtractor.Extract("Line", _line).Root.Mentions.Count;

    [Benchmark(Description = "Finish: the long line's targets (one node)")]
    public int FinishLine() => PlanReader.Finish(_lineRead).Problems.Count;

    [Benchmark(Description = "Generator: markers")]
    public GeneratorDriver GenerateMarkers() => CSharpGeneratorDriver.Create(
            new[] { new PlanGenerator().AsSourceGenerator() },
            new AdditionalText[] { new InMemoryAdditionalText("/project/plans/Markers.txt", _markers) },
            optionsProvider: new PlanOptionsProvider("/project/"))
        .RunGenerators(_compilation);

    /// <summary>Parts 一、 … 九十九、 (then again), each with tasks 1. … 99.: <paramref name="count"/> markers.</summary>
    internal static string Markers(int count)
    {
        var text = new StringBuilder(count * 12);
        for (var written = 0; written < count; written++)
        {
            var part = written / 100;
            var task = written % 100;
            text.Append(task == 0 ? Cjk((part % 99) + 1) + "、部分\n" : task.ToString(CultureInfo.InvariantCulture) + ".推进工作。\n");
        }

        return text.ToString();
    }

    /// <summary>Seven levels, each opened under the one before, <paramref name="count"/> markers in all.</summary>
    internal static string Nested(int count)
    {
        string[] levels = { "第{0}部分", "{0}、", "({0})", "{1}.", "({1})", "{2}", "{0}是" };
        var text = new StringBuilder(count * 12);
        for (var written = 0; written < count; written++)
        {
            var block = written / levels.Length;
            var n = (block % 9) + 1;
            var marker = string.Format(CultureInfo.InvariantCulture, levels[written % levels.Length], Cjk(n), n, (char)('①' + n - 1));
            text.Append(marker).Append("推进工作").Append(written % levels.Length == levels.Length - 1 ? "。\n" : "\n");
        }

        return text.ToString();
    }

    /// <summary>One line of <paramref name="length"/> characters: clauses of prose, each with a figure.</summary>
    internal static string Line(int length)
    {
        const string Clause = "加强基层医疗卫生服务能力建设,推进家庭医生签约服务,新建病房30间,";
        var text = new StringBuilder(length + Clause.Length);
        while (text.Length < length)
        {
            text.Append(Clause);
        }

        text.Length = length;
        return text.ToString();
    }

    private static string Cjk(int n)
    {
        const string Digits = "零一二三四五六七八九";
        return n < 10 ? Digits[n].ToString() : (n / 10 == 1 ? "十" : Digits[n / 10] + "十") + (n % 10 == 0 ? string.Empty : Digits[n % 10].ToString());
    }
}
