using System.Linq;
using PlanSdk.Extraction.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace PlanSdk.Extraction.Tests;

/// <summary>
/// The engine against the hand annotations of the five reference plans, with the bar the
/// extraction issue sets: every node found and none invented, every task's units right, targets
/// F1 ≥ 0.95, unit / comparison / kind ≥ 0.95 and indicator ≥ 0.90.
/// </summary>
public sealed class GoldScoreTests
{
    private readonly ITestOutputHelper _output;

    public GoldScoreTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [MemberData(nameof(PlanIds))]
    public void Plan_AgainstGold_FindsEveryNodeAndUnit(string id)
    {
        var score = GoldScore.Of(ReferencePlans.Extract(id), ReferencePlans.GoldPath(id));
        _output.WriteLine($"{id}: {score}");

        Assert.True(score.NodeRecall == 1.0 && score.NodePrecision == 1.0, $"{id} nodes: {score}; {string.Join("; ", score.Misses.Where(m => m.Contains("node", System.StringComparison.Ordinal)))}");
        Assert.True(score.UnitTaskAccuracy == 1.0, $"{id} units: {string.Join("; ", score.Misses.Where(m => m.StartsWith("units", System.StringComparison.Ordinal)))}");
    }

    [Fact]
    public void AllPlans_AgainstGold_MeetTheTargetBar()
    {
        var total = GoldScore.Total(ReferencePlans.Ids.Select(id => GoldScore.Of(ReferencePlans.Extract(id), ReferencePlans.GoldPath(id))));
        _output.WriteLine($"TOTAL: {total}");
        foreach (var miss in total.Misses)
        {
            _output.WriteLine(miss);
        }

        Assert.True(total.TargetF1 >= 0.95, $"targets F1 {total.TargetF1:F3}: {string.Join("; ", total.Misses)}");
        Assert.True(total.UnitAccuracy >= 0.95, $"unit accuracy {total.UnitAccuracy:F3}");
        Assert.True(total.ComparisonAccuracy >= 0.95, $"comparison accuracy {total.ComparisonAccuracy:F3}");
        Assert.True(total.KindAccuracy >= 0.95, $"kind accuracy {total.KindAccuracy:F3}");
        Assert.True(total.IndicatorAccuracy >= 0.90, $"indicator accuracy {total.IndicatorAccuracy:F3}");
    }

    public static TheoryData<string> PlanIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in ReferencePlans.Ids)
        {
            data.Add(id);
        }

        return data;
    }
}
