using System.Linq;
using PlanSdk.Extraction.Naming;
using Xunit;

namespace PlanSdk.Extraction.Tests.Naming;

/// <summary>Node members: flat where numbering runs across the plan, nested where it restarts.</summary>
public sealed class OutlineMemberNamesTests
{
    [Fact]
    public void NumberingAcrossSections_IsFlat()
    {
        var plan = PlanExtractor.Extract("T", "一、甲\n(一)任务。\n(二)任务。\n二、乙\n(三)任务。\n");

        var names = OutlineMemberNames.For(plan);

        Assert.Equal(new[] { "Section1", "Task1", "Task2", "Section2", "Task3" }, names.Select(n => n.Name));
        Assert.All(names, n => Assert.True(n.OnPlanClass));
    }

    [Fact]
    public void NumberingRestartingPerSection_IsNested()
    {
        var plan = PlanExtractor.Extract("T", "一、甲\n(一)节。\n一是项。\n二是项。\n(二)节。\n一是项。\n二、乙\n(一)节。\n一是项。\n");

        var names = OutlineMemberNames.For(plan);

        Assert.Equal(
            new[] { ("1", "Part1", ""), ("1/1", "Section1", "1"), ("1/1/1", "Item1", "1/1"), ("1/1/2", "Item2", "1/1"), ("1/2", "Section2", "1"), ("1/2/1", "Item1", "1/2"), ("2", "Part2", ""), ("2/1", "Section1", "2"), ("2/1/1", "Item1", "2/1") },
            names.Select(n => (n.Path, n.Name, n.ContainerPath)));
    }

    [Fact]
    public void RepeatedNumber_GetsASuffix()
    {
        var plan = PlanExtractor.Extract("T", "1.甲。\n2.乙。\n2.丙。\n");

        Assert.Equal(new[] { "Task1", "Task2", "Task2_2" }, OutlineMemberNames.For(plan).Select(n => n.Name));
    }
}
