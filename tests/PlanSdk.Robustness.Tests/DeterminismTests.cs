using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsCheck;
using PlanSdk.Cli;
using PlanSdk.Extraction;
using PlanSdk.Robustness.Tests.Support;
using Xunit;

namespace PlanSdk.Robustness.Tests;

/// <summary>
/// The same plans give byte-identical output — generated sources, diagnostics, the CLI's JSON export and check
/// output — across runs, under the process cultures tr-TR, zh-CN, ar-SA and invariant, and in any order of the
/// AdditionalFiles. The plans are the reference plans, one with a corrections file, and 200 mutated plans.
/// </summary>
[Collection(nameof(CultureSensitiveTests))]
public sealed class DeterminismTests
{
    private const int Mutated = 200;

    /// <summary>Corrections that rename, re-classify, add and alias: their code paths format numbers and names too.</summary>
    private const string Corrections = """
        {
          "glossary": { "签约率": "SigningRateOfTheYear" },
          "aliases": { "委规信科": "委规划信息科" },
          "targets": [
            { "path": "", "add": { "indicator": "全年投入", "text": "全年投入1.5亿元", "value": 150000000.5, "unit": "元", "comparison": ">=", "kind": "target" } }
          ]
        }
        """;

    private static readonly Lazy<IReadOnlyList<(string Path, string Text)>> Files = new(() =>
        SeedPlans.All.Select(p => ("plans/" + p.Id + ".txt", p.Text))
            .Append(("plans/Nanning2017.plan.json", Corrections))
            .Concat(Enumerable.Range(0, Mutated).Select(i => ("plans/m" + i.ToString(CultureInfo.InvariantCulture) + "/" + MutatedPlan(i).Id(i) + ".txt", MutatedPlan(i).Text())))
            .ToList());

    private static readonly Lazy<string> Baseline = new(() =>
    {
        using var invariant = new CultureScope(string.Empty);
        return Output(Files.Value);
    });

    public static TheoryData<string> Cultures() => new() { "tr-TR", "zh-CN", "ar-SA", string.Empty };

    [Fact]
    public void Generate_TwiceWithFreshDrivers_GivesByteIdenticalOutput()
    {
        Assert.Equal(Output(Files.Value), Output(Files.Value));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Generate_UnderAnyProcessCulture_GivesByteIdenticalOutput(string culture)
    {
        var baseline = Baseline.Value;
        using var scope = new CultureScope(culture);

        Assert.Equal(culture, CultureInfo.CurrentCulture.Name);
        Assert.Equal(culture == "tr-TR" ? "İ" : "I", "i".ToUpper(CultureInfo.CurrentCulture)); // the culture is in force (ICU, not invariant mode)
        Assert.Equal(baseline, Output(Files.Value));
    }

    [Fact]
    public void Generate_InAnyOrderOfAdditionalFiles_GivesByteIdenticalOutput()
    {
        var files = Files.Value;
        var orders = new List<IEnumerable<(string, string)>>
        {
            files.Reverse(),
            files.Skip(files.Count / 2).Concat(files.Take(files.Count / 2)),
            files.OrderBy(f => f.Text.Length),
        };
        var random = new Random(20261122);
        orders.AddRange(Enumerable.Range(0, 3).Select(_ => files.OrderBy(_ => random.Next())));

        foreach (var order in orders)
        {
            Assert.Equal(Baseline.Value, Output(order.ToList()));
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void CliExportAndCheck_UnderAnyProcessCulture_WriteByteIdenticalOutput(string culture)
    {
        var baseline = Cli(string.Empty);

        Assert.Equal(baseline, Cli(culture));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EngineAndJson_UnderAnyProcessCulture_GiveTheSameModelAndJson(string culture)
    {
        var plans = Files.Value.Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal)).ToList();
        List<(ExtractedPlan Plan, string Json)> Read() => plans
            .Select(f => PlanReader.Read(Path.GetFileNameWithoutExtension(f.Path), f.Text))
            .Select(p => (p, PlanJson.Serialize(Plan.FromExtraction(p))))
            .ToList();
        List<(ExtractedPlan, string)> baseline;
        using (new CultureScope(string.Empty))
        {
            baseline = Read();
        }

        using var scope = new CultureScope(culture);
        var read = Read();

        Assert.Equal(baseline.Select(b => b.Item2), read.Select(r => r.Json));
        Assert.Equal(baseline.Select(b => b.Item1), read.Select(r => r.Plan));
    }

    private static PlanInput MutatedPlan(int index) => PlanInput.Gen.Generate(new PCG(4, (ulong)index), null, out _);

    /// <summary>Every generated source (hint name and text) and every diagnostic (id, place, message), as one text.</summary>
    private static string Output(IReadOnlyList<(string Path, string Text)> files)
    {
        var run = GeneratorHost.Run(files);
        Assert.Null(run.Result.Results.Single().Exception);
        var sources = run.Sources.Select(s => "// " + s.HintName + "\n" + s.Text);
        var diagnostics = run.Result.Diagnostics
            .Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.Location.SourceSpan} {d.GetMessage(CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal);
        return string.Join("\n", sources.Concat(diagnostics));
    }

    /// <summary>plansdk export and plansdk check (text and JSON) of the reference plans, under a culture: every file and every line written.</summary>
    private static string Cli(string culture)
    {
        var root = Path.Combine(Path.GetTempPath(), "plansdk-determinism-" + Guid.NewGuid().ToString("N"));
        try
        {
            var plans = Path.Combine(root, "plans");
            Directory.CreateDirectory(plans);
            foreach (var (path, text) in Files.Value.Take(SeedPlans.All.Count + 1))
            {
                File.WriteAllText(Path.Combine(root, path), text);
            }

            var output = new List<string>();
            using (new CultureScope(culture))
            {
                foreach (var args in new[] { new[] { "export", plans, "-o", Path.Combine(root, "out") }, new[] { "check", plans }, new[] { "check", plans, "--format", "json" } })
                {
                    using var stdout = new StringWriter(CultureInfo.InvariantCulture);
                    using var stderr = new StringWriter(CultureInfo.InvariantCulture);
                    var exit = CliApp.Run(args, stdout, stderr);
                    output.Add($"$ plansdk {args[0]} → {exit}\n{stdout.ToString().Replace(root, "ROOT", StringComparison.Ordinal)}{stderr.ToString().Replace(root, "ROOT", StringComparison.Ordinal)}");
                }
            }

            foreach (var file in Directory.GetFiles(Path.Combine(root, "out")).Order(StringComparer.Ordinal))
            {
                output.Add("// " + Path.GetFileName(file) + "\n" + Convert.ToHexString(File.ReadAllBytes(file)));
            }

            return string.Join("\n", output);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
