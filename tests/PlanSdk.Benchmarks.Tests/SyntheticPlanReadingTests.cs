using System.Collections.Generic;
using System.Linq;
using PlanSdk.Extraction;
using Xunit;

namespace PlanSdk.Benchmarks.Tests;

/// <summary>The engine reads synthetic plans as the structured plans they were written as.</summary>
public sealed class SyntheticPlanReadingTests
{
    public static TheoryData<int, int> Corpora => new() { { 42, 200 }, { 7, 60 }, { 2024, 60 } };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Read_SyntheticPlans_OutlineTargetsAndTitleAsWritten(int seed, int count)
    {
        var styles = new HashSet<NumberingStyle>();
        foreach (var plan in Seeds.Corpus.Generate(seed, count))
        {
            var read = PlanReader.Read(plan.Id, plan.Text);

            Assert.DoesNotContain(read.Problems, p => p.Code is ProblemCode.InternalError or ProblemCode.NoOutline or ProblemCode.EmptyPlan);
            Assert.Equal(plan.Title, read.Title);
            Assert.Equal(plan.Year, read.Year);
            Assert.Equal(plan.Issuer, read.Issuer);
            Assert.Equal(plan.Sections, read.Nodes.Count(n => n.Kind == NodeKind.Section));
            Assert.Equal(plan.Tasks, read.Nodes.Count(n => n.Kind == NodeKind.Task));
            Assert.DoesNotContain(read.Problems, p => p.Code is ProblemCode.SkippedNumber or ProblemCode.DuplicateNumber or ProblemCode.NumberOutOfOrder or ProblemCode.LevelJump);

            var targets = read.AllNodes().SelectMany(n => n.Mentions).Where(m => m.IsTarget).ToList();
            Assert.NotEmpty(targets);
            Assert.All(targets, t => Assert.False(string.IsNullOrEmpty(t.Name)));
            Assert.DoesNotContain(read.Root.Mentions, m => m.IsTarget);
            styles.UnionWith(read.Nodes.Select(n => n.Style));
        }

        if (count >= 100)
        {
            Assert.Superset(
                new HashSet<NumberingStyle> { NumberingStyle.CjkComma, NumberingStyle.CjkParen, NumberingStyle.Arabic, NumberingStyle.ArabicParen, NumberingStyle.Item },
                styles);
        }
    }

    [Fact]
    public void Read_SyntheticPlan_ReadsTheRewrittenFigures()
    {
        // Figures differ from the reference plans', so a corpus holds many distinct target values.
        var values = Seeds.Corpus.Generate(seed: 42, count: 100)
            .SelectMany(p => PlanExtractor.Extract(p.Id, p.Text).AllNodes())
            .SelectMany(n => n.Mentions)
            .Where(m => m.IsTarget && m.Value is not null && m.Unit == "%")
            .Select(m => m.Value!.Value)
            .ToList();

        Assert.True(values.Distinct().Count() >= 40, $"only {values.Distinct().Count()} distinct percentages");
        Assert.All(values, v => Assert.InRange(v, 0m, 100m));
    }
}
