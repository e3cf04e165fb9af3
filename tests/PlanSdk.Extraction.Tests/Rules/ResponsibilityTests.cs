using System.Linq;
using PlanSdk.Extraction.Tests.Support;
using Xunit;

namespace PlanSdk.Extraction.Tests.Rules;

/// <summary>Responsibility clauses: lead and participant lists, the distributive prefix, 等, collectives, aliases.</summary>
public sealed class ResponsibilityTests
{
    [Theory]
    [InlineData("(委办公室牵头,市爱卫办、委机关各科室等参与落实)", "委办公室", "市爱卫办|委机关各科室")]
    [InlineData("（委基层指导科、人事科、体改科分别牵头，委财务科、医政医管科等参与落实）", "委基层指导科|委人事科|委体改科", "委财务科|委医政医管科")]
    [InlineData("(委疾控科、市防艾办分别牵头,委机关各相关科室参与落实)", "委疾控科|市防艾办", "委机关各相关科室")]
    [InlineData("(委基层指导科、食安科等分别牵头,委机关各相关科室参与落实)", "委基层指导科|委食安科", "委机关各相关科室")]
    [InlineData("(委医政医管科牵头,委机关各相关科室参与完善)", "委医政医管科", "委机关各相关科室")]
    [InlineData("(委流动人口管理科牵头,市爱卫办、委基层指导科、妇幼科、疾控科等参与落实)", "委流动人口管理科", "市爱卫办|委基层指导科|委妇幼科|委疾控科")]
    [InlineData("(医政医管科牵头,财务科配合)", "医政医管科", "财务科")]
    [InlineData("(责任单位:体改科、医政医管科)", "体改科|医政医管科", "")]
    [InlineData("(牵头单位:市卫健委;配合单位:市财政局、市人社局)", "市卫健委", "市财政局|市人社局")]
    [InlineData("(委医政医管科牵头,各区县卫生健康局负责落实)", "委医政医管科", "各区县卫生健康局")]
    [InlineData("(市卫健委和市医保局牵头)", "市卫健委|市医保局", "")]
    [InlineData("（责任单位：健康促进处，各区县卫生健康局）", "健康促进处|各区县卫生健康局", "")]
    public void Clause_AtTaskEnd_GivesLeadAndParticipants(string clause, string lead, string participants)
    {
        var task = Extract.Node(Extract.Task("全力做好筹备工作,确保大会顺利召开。" + clause), "1");

        Assert.Equal(Split(lead), task.Lead.ToArray());
        Assert.Equal(Split(participants), task.Participants.ToArray());
    }

    [Theory]
    [InlineData("以县人民医院为牵头单位,组建医疗集团。")]
    [InlineData("明确由市妇女儿童医院承担此项工作。")]
    [InlineData("落实三级医院和医联体牵头医院功能定位。")]
    [InlineData("加强医疗服务(含远程医疗)管理。")]
    public void Prose_AboutLeadership_IsNoClause(string body)
    {
        var task = Extract.Node(Extract.Task(body), "1");

        Assert.Empty(task.Lead);
        Assert.Empty(task.Participants);
    }

    [Fact]
    public void Units_SpelledTwoWays_AreOneUnitWithAnAlias()
    {
        var plan = Extract.Plan(
            "1.甲。(委规信科牵头,委机关各相关科室参与落实)\n"
            + "2.乙。(委规划信息科牵头,委机关各科室参与落实)\n"
            + "3.丙。(委基层科牵头,委办公室参与落实)\n"
            + "4.丁。(委基层指导科牵头,委党办参与落实)\n");

        var planning = Assert.Single(plan.Units, u => u.Name == "委规划信息科");
        Assert.Equal(new[] { "委规信科" }, planning.Aliases.ToArray());
        Assert.Equal(new[] { "委基层科" }, Assert.Single(plan.Units, u => u.Name == "委基层指导科").Aliases.ToArray());
        Assert.True(Assert.Single(plan.Units, u => u.Name == "委机关各相关科室").Collective);
        Assert.True(Assert.Single(plan.Units, u => u.Name == "委机关各科室").Collective);
        Assert.Empty(Assert.Single(plan.Units, u => u.Name == "委办公室").Aliases);
        Assert.Empty(Assert.Single(plan.Units, u => u.Name == "委党办").Aliases);
    }

    [Fact]
    public void Clause_WithParticipantsOnly_IsReported()
    {
        var plan = Extract.Task("做好宣传工作。(委机关各相关科室参与落实)");

        Assert.Contains(plan.Problems, p => p.Code == ProblemCode.NoLeadUnit);
    }

    private static string[] Split(string names) => names.Length == 0 ? System.Array.Empty<string>() : names.Split('|');
}
