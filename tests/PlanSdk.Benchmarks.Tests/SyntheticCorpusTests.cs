using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using PlanSdk.Corpus;
using Xunit;

namespace PlanSdk.Benchmarks.Tests;

public sealed class SyntheticCorpusTests
{
    [Fact]
    public void Write_SameSeedTwice_ByteIdenticalFiles()
    {
        var first = TempDirectory();
        var second = TempDirectory();
        try
        {
            Seeds.Corpus.Write(first, seed: 42, count: 60);
            SyntheticCorpus.FromDirectory(Path.Combine(AppContext.BaseDirectory, "Plans")).Write(second, seed: 42, count: 60);

            var names = Names(first);
            Assert.Equal(60, names.Length);
            Assert.Equal(names, Names(second));
            foreach (var name in names)
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(first, name)), File.ReadAllBytes(Path.Combine(second, name)));
            }
        }
        finally
        {
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }

    [Fact]
    public void Write_FilesNamedAsPlanIds_Utf8WithoutBom_StaleFilesReplaced()
    {
        var directory = TempDirectory();
        try
        {
            Seeds.Corpus.Write(directory, seed: 7, count: 30);
            var plans = Seeds.Corpus.Write(directory, seed: 7, count: 12);

            Assert.Equal(plans.Select(p => p.FileName), Names(directory));
            var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            foreach (var plan in plans)
            {
                Assert.Matches(new Regex("^Synthetic[0-9]{4}$"), plan.Id);
                var bytes = File.ReadAllBytes(Path.Combine(directory, plan.FileName));
                Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), plan.Id + " starts with a BOM");
                Assert.Equal(plan.Text, strict.GetString(bytes));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Generate_PlanDependsOnSeedAndIndexOnly()
    {
        var hundred = Seeds.Corpus.Generate(seed: 42, count: 100).ToArray();
        var ten = Seeds.Corpus.Generate(seed: 42, count: 10).ToArray();

        Assert.Equal(ten, hundred.Take(10));
        Assert.Equal(hundred[57], Seeds.Corpus.GeneratePlan(seed: 42, index: 57));
        Assert.Equal(100, hundred.Select(p => p.Text).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Generate_AnotherSeed_OtherPlans()
    {
        var a = Seeds.Corpus.Generate(seed: 42, count: 20).ToArray();
        var b = Seeds.Corpus.Generate(seed: 43, count: 20).ToArray();

        Assert.Equal(a.Select(p => p.Id), b.Select(p => p.Id));
        Assert.All(a.Zip(b), pair => Assert.NotEqual(pair.First.Text, pair.Second.Text));
    }

    [Fact]
    public void Generate_TitleLineFirst_WithMadeUpCityAndYear()
    {
        foreach (var plan in Seeds.Corpus.Generate(seed: 42, count: 50))
        {
            Assert.Matches(new Regex("^..市卫生健康委员会20[0-9]{2}年工作要点$"), plan.Title);
            Assert.StartsWith(plan.Title + "\n", plan.Text, StringComparison.Ordinal);
            Assert.Equal(plan.Issuer + plan.Year + "年工作要点", plan.Title);
            Assert.InRange(plan.Year, 2016, 2030);
            Assert.EndsWith("\n", plan.Text, StringComparison.Ordinal);
            Assert.DoesNotContain('\r', plan.Text);
        }
    }

    [Fact]
    public void Generate_HundredPlans_UseEveryLayoutAndPunctuation()
    {
        var plans = Seeds.Corpus.Generate(seed: 42, count: 100).ToArray();

        Assert.Equal(Enum.GetValues<SyntheticLayout>(), plans.Select(p => p.Layout).Distinct().Order());
        Assert.Equal(Enum.GetValues<PunctuationStyle>(), plans.Select(p => p.Punctuation).Distinct().Order());
        Assert.Contains(plans, p => p.Text.Contains('（', StringComparison.Ordinal));
        Assert.Contains(plans, p => p.Text.Contains("\n(一)", StringComparison.Ordinal));
        Assert.Contains(plans, p => p.Text.Contains("\n1、", StringComparison.Ordinal));
        Assert.Contains(plans, p => p.Text.Contains("\n1．", StringComparison.Ordinal) || p.Text.Contains("\n１．", StringComparison.Ordinal));
        Assert.Contains(plans, p => p.Text.Contains("\n二是", StringComparison.Ordinal));
    }

    [Fact]
    public void SeedPool_ReadsTheReferencePlans()
    {
        Assert.InRange(Seeds.Corpus.SeedTaskCount, 150, 250);
        Assert.InRange(Seeds.Corpus.SeedSectionTitleCount, 20, 80);
    }

    private static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "plansdk-corpus-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static string[] Names(string directory) =>
        Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
}
