using System.Linq;
using PlanSdk.Tests.Support;
using Xunit;

namespace PlanSdk.Tests.Queries;

/// <summary>Reported figures against targets: same indicator and unit, met or not, related goals listed but not compared.</summary>
public sealed class ActualCheckTests
{
    [Fact]
    public void CheckActuals_SummaryAgainstItsYearsPlan_MeetsOrMisses()
    {
        var plan = Plan("Demo2024", "年度工作计划", 2024,
            Goal("全人群签约率", 61m, Unit.Percent, Comparison.AtLeast),
            Goal("婴儿死亡率", 5m, Unit.Permille, Comparison.AtMost),
            Goal("巡诊服务", 200000m, new Unit("人次"), Comparison.AtLeast));
        var summary = Plan("Demo2024H1", "上半年工作总结", 2024,
            Actual("签约率", 62.5m, Unit.Percent, Indicator.SigningRate),
            Actual("婴儿死亡率", 5.2m, Unit.Permille, Indicator.InfantMortalityRate),
            Actual("巡诊服务", 120000m, new Unit("人次"), null),
            Actual("老年人签约率", 70m, Unit.Percent, Indicator.ElderlySigningRate));
        var other = Plan("Other2024", "别处的计划", 2024, Goal("老年人签约率", 90m, Unit.Percent, Comparison.AtLeast), issuer: "别的委");

        var checks = new PlanSet([plan, summary, other]).CheckActuals(summary);

        Assert.Equal(
            new[] { ActualStatus.Met, ActualStatus.NotMet, ActualStatus.NotMet, ActualStatus.NoTarget },
            checks.Select(c => c.Status));
        Assert.Equal("全人群签约率", checks[0].Target!.IndicatorText);
        Assert.Equal("巡诊服务", checks[2].Target!.IndicatorText);
        Assert.Null(checks[3].Target);
        Assert.Equal(new[] { "全人群签约率" }, checks[3].Related.Select(t => t.IndicatorText));
    }

    [Fact]
    public void CheckActuals_OtherUnit_IsNoTarget()
    {
        var report = Plan("R", "报告", 2024,
            Goal("签约率", 60m, Unit.Percent, Comparison.AtLeast),
            Actual("签约率", 500m, new Unit("人"), Indicator.SigningRate));

        var check = Assert.Single(report.CheckActuals());

        Assert.Equal(ActualStatus.NoTarget, check.Status);
    }

    [Fact]
    public void CheckActuals_AgainstAChosenPlan_UsesOnlyItsGoals()
    {
        var plan = Plan("P", "计划", 2023, Goal("签约率", 30m, Unit.Percent, Comparison.AtLeast));
        var report = Plan("R", "报告", 2024, Actual("签约率", 31.57m, Unit.Percent, Indicator.SigningRate));

        Assert.Equal(ActualStatus.NoTarget, Assert.Single(new PlanSet([plan, report]).CheckActuals(report)).Status);
        Assert.Equal(ActualStatus.Met, Assert.Single(report.CheckActuals(plan)).Status);
    }

    [Fact]
    public void CheckActuals_Zhoushan2019_ListsThePriorityGroupGoalAsRelatedNotAsTheTarget()
    {
        var zhoushan = ReferencePlans.Load("Zhoushan2019");

        var checks = zhoushan.CheckActuals();

        Assert.Equal(zhoushan.Targets.Count(t => t.Kind == TargetKind.Actual), checks.Count);
        var signing = Assert.Single(checks, c => c.Actual.Indicator == Indicator.SigningRate);
        Assert.Equal(ActualStatus.NoTarget, signing.Status);
        Assert.Equal(new[] { "重点人群签约服务覆盖率" }, signing.Related.Select(t => t.IndicatorText));
    }

    private static Target Goal(string indicator, decimal value, Unit unit, Comparison comparison) =>
        new(null, indicator, indicator + "达到" + value, value, null, unit, comparison, TargetKind.Target, null, 1, 1, "1", false,
            Extraction.Naming.IndicatorGlossary.Default.Classify(indicator) is { } name ? Indicator.FromName(name) : null);

    private static Target Actual(string indicator, decimal value, Unit unit, Indicator? measured) =>
        new(null, indicator, indicator + "为" + value, value, null, unit, Comparison.Exactly, TargetKind.Actual, null, 1, 1, "1", false, measured);

    private static Plan Plan(string id, string title, int year, params Target[] targets) => Plan(id, title, year, targets, issuer: "测试市卫生健康委员会");

    private static Plan Plan(string id, string title, int year, Target target, string issuer) => Plan(id, title, year, [target], issuer);

    private static Plan Plan(string id, string title, int year, Target[] targets, string issuer) =>
        new(id, title, issuer, year, null, [new PlanTask("1", 1, "任务", null, 1, targets, [], [])], []);
}
