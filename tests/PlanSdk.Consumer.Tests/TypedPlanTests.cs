using System.Linq;
using Plans;
using Xunit;

namespace PlanSdk.Consumer.Tests;

/// <summary>The typed API that the generator compiles from plans/, as a user's code sees it.</summary>
public sealed class TypedPlanTests
{
    [Fact]
    public void Zibo2024_Task15_SigningRate_Is61PercentAtLeast()
    {
        var target = Zibo2024.Task15.SigningRate;

        Assert.Equal(61m, target.Value);
        Assert.Equal(Unit.Percent, target.Unit);
        Assert.Equal(Comparison.AtLeast, target.Comparison);
        Assert.Equal(TargetKind.Target, target.Kind);
        Assert.Equal("全人群签约率达61%以上", target.Text);
        Assert.Equal((46, 91), (target.Line, target.Column));
        Assert.True(target.IsMetBy(61.5m));
        Assert.False(target.IsMetBy(60m));
    }

    [Fact]
    public void Zibo2024_Task15_IsTheTaskOfThePlan()
    {
        Assert.Same(Zibo2024.Task15, Zibo2024.Plan.FindNode("15"));
        Assert.Equal("推进基层医疗卫生服务优化", Zibo2024.Task15.Title);
        Assert.Equal(Zibo2024.Task15.Targets[1], Zibo2024.Task15.ElderlySigningRate);
        Assert.Equal(88m, Zibo2024.Task15.ElderlySigningRate.Value);
    }

    [Fact]
    public void Nanning2017_Task12_IsLedByTheFamilyDevelopmentSection()
    {
        var task = Nanning2017.Task12;

        Assert.Equal(new[] { "委家庭发展科" }, task.Lead.Select(u => u.Name));
        Assert.Equal(new[] { "委法制科", "委基层指导科", "委妇幼科", "委流动人口管理科", "委宣传科" }, task.Participants.Select(u => u.Name));
        Assert.Contains(task, Nanning2017.Units.委家庭发展科.Leads);
        Assert.Equal(116m, task.SexRatioAtBirth.Value);
        Assert.Equal(Comparison.AtMost, task.SexRatioAtBirth.Comparison);
    }

    [Fact]
    public void Nanning2017_Aliases_ResolveToOneUnit()
    {
        var unit = Nanning2017.Units.委规划信息科;

        Assert.Contains("委规信科", unit.Aliases);
        Assert.Contains(Nanning2017.Task20, unit.Leads);
        Assert.Contains(Nanning2017.Task23, unit.Leads);
        Assert.Same(unit, Nanning2017.Plan.FindUnit("委规信科"));
    }

    [Fact]
    public void Zhoushan2019_SummaryPart_HoldsActuals_AndThePlanPartTargets()
    {
        var summary = Zhoushan2019.Part1;
        var plan = Zhoushan2019.Part2;

        Assert.All(Zhoushan2019.Plan.Targets.Where(t => t.Path.StartsWith("1/", System.StringComparison.Ordinal)), t => Assert.Equal(TargetKind.Actual, t.Kind));
        Assert.All(Zhoushan2019.Plan.Targets.Where(t => t.Path.StartsWith("2/", System.StringComparison.Ordinal)), t => Assert.Equal(TargetKind.Target, t.Kind));
        Assert.Equal("上半年工作总结", summary.Title);
        Assert.Equal(65m, plan.Section3.Item2.Targets[0].Value);
        Assert.Equal("2/3/2", plan.Section3.Item2.Path);
    }

    [Fact]
    public void Shijiazhuang2020_TasksNumberedAcrossSections_AreFlat()
    {
        Assert.Equal("5/16", Shijiazhuang2020.Task16.Path);
        Assert.Equal(12m, Shijiazhuang2020.Task16.InfantMortalityRate.Value);
        Assert.Equal(Unit.Permille, Shijiazhuang2020.Task16.InfantMortalityRate.Unit);
        Assert.Equal(Unit.PerHundredThousand, Shijiazhuang2020.Task16.MaternalMortalityRate.Unit);
        Assert.Equal("坚决打赢新型冠状病毒感染疫情防控阻击战", Shijiazhuang2020.Section1.Title);
    }

    [Fact]
    public void Catalogue_ListsEveryPlan()
    {
        Assert.Equal(new[] { "Nanning2017", "Shijiazhuang2020", "XxCounty2020", "Zhoushan2019", "Zibo2024" }, PlanCatalog.All.Select(p => p.Id));
        Assert.Same(Zibo2024.Plan, PlanCatalog.Find("Zibo2024"));
        Assert.Null(PlanCatalog.Find("Nowhere2030"));
        Assert.Equal("plans/Zibo2024.txt", System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(Zibo2024.Plan.SourceFile)) + "/" + System.IO.Path.GetFileName(Zibo2024.Plan.SourceFile));
    }

    [Fact]
    public void Catalogue_Queries_HandOutTheTypedMembers()
    {
        var signingRates = PlanCatalog.All.TargetsOf(Indicator.SigningRate);

        Assert.Contains(Zibo2024.Task15.SigningRate, signingRates);
        Assert.Contains(Zibo2024.Task15.ElderlySigningRate, signingRates);
        Assert.Same(Indicator.SigningRate, Zibo2024.Task15.SigningRate.Indicator);
        Assert.Same(Zibo2024.Plan, Zibo2024.Task15.SigningRate.Plan);
        Assert.Equal(PlanCatalog.All.Select(p => p.Id), PlanCatalog.Local.Select(p => p.Id));
        Assert.Contains(Nanning2017.Task12, PlanCatalog.All.LedBy("委家庭发展科"));
    }
}
