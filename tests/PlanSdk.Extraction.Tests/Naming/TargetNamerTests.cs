using System.Linq;
using PlanSdk.Extraction.Naming;
using Xunit;

namespace PlanSdk.Extraction.Tests.Naming;

/// <summary>Target names: the glossary's longest fitting entry, else the indicator as an identifier; unique per node.</summary>
public sealed class TargetNamerTests
{
    [Theory]
    [InlineData("全人群签约率达61%以上。", "SigningRate")]
    [InlineData("老年人签约率达88%以上。", "ElderlySigningRate")]
    [InlineData("婴儿死亡率≤12‰。", "InfantMortalityRate")]
    [InlineData("5岁以下儿童死亡率≤14‰。", "ChildMortalityRate")]
    [InlineData("孕产妇死亡率≤22/10万。", "MaternalMortalityRate")]
    [InlineData("县域内就诊率达到 90%左右。", "CountyVisitRate")]
    [InlineData("建成县域医疗服务次中心7家。", "县域医疗服务次中心")]
    [InlineData("一体化管理的村卫生室产权公有化率达到85%以上。", "PublicOwnershipRate")]
    [InlineData("6家重点海岛基层医疗机构可提供住院服务。", "重点海岛基层医疗机构")]
    [InlineData("市财政安排100万元经费专门用于签约服务机构奖励。", "Funding")]
    [InlineData("打造50个以慢性病防治为主的首席专家工作室。", "首席专家工作室")]
    public void Target_ByIndicator_IsNamed(string body, string name)
    {
        var plan = PlanReader.Read("Test", "1.测试任务。" + body);

        Assert.Equal(name, plan.Nodes.Single().Mentions.Single(m => m.IsTarget).Name);
    }

    [Fact]
    public void Target_ByIndicator_RecordsTheIndicatorItMeasures_ContextNone()
    {
        var plan = PlanReader.Read("Test", "1.测试任务。全人群签约率达61%以上,老年人签约率达88%以上,巡诊服务20万人次以上。");

        Assert.Equal(new[] { "SigningRate", "ElderlySigningRate", null }, plan.Nodes.Single().Mentions.Where(m => m.IsTarget).Select(m => m.Measures));
    }

    [Fact]
    public void Target_NamedByACorrection_StillRecordsTheIndicatorItMeasures()
    {
        var glossary = IndicatorGlossary.Default.With(new[] { ("巡诊服务", "Rounds") });

        var renamed = TargetNamer.Name(PlanExtractor.Extract("Test", "1.测试任务。巡诊服务20万人次以上,签约率达到60%。"), glossary, out _);

        Assert.Equal(new[] { "Rounds", "SigningRate" }, renamed.Nodes.Single().Mentions.Select(m => m.Measures));
    }

    [Fact]
    public void Targets_WithOneName_GetSuffixesAndAreReported()
    {
        var plan = PlanReader.Read("Test", "1.测试任务。城市签约率达到60%,农村签约率达到50%,全市签约率达到55%。");

        Assert.Equal(new[] { "SigningRate", "SigningRate2", "SigningRate3" }, plan.Nodes.Single().Mentions.Select(m => m.Name));
        Assert.Equal(2, plan.Problems.Count(p => p.Code == ProblemCode.TargetNameSuffixed));
    }

    [Fact]
    public void Target_NamedLikeANodeMember_GetsATargetSuffix()
    {
        var glossary = IndicatorGlossary.Default.With(new[] { ("签约率", "Title") });

        var plan = PlanReader.Finish(PlanExtractor.Extract("Test", "1.测试任务。签约率达到60%。"), null);
        var renamed = TargetNamer.Name(PlanExtractor.Extract("Test", "1.测试任务。签约率达到60%。"), glossary, out _);

        Assert.Equal("SigningRate", plan.Nodes.Single().Mentions.Single().Name);
        Assert.Equal("TitleTarget", renamed.Nodes.Single().Mentions.Single().Name);
    }

    [Fact]
    public void ContextMention_HasNoName()
    {
        var plan = PlanReader.Read("Test", "1.测试任务。持续推进0-6岁儿童眼保健及视力检查。");

        Assert.Null(plan.Nodes.Single().Mentions.Single().Name);
    }

    [Theory]
    [InlineData("SigningRate", null)]
    [InlineData("签约率", null)]
    [InlineData("_x1", null)]
    [InlineData("1x", "it starts with a digit")]
    [InlineData("class", "it is a C# keyword")]
    [InlineData("a-b", "'-' cannot stand in a C# identifier")]
    [InlineData("", "it is empty")]
    [InlineData("__arglist", "it is a C# keyword")]
    [InlineData("病\u200B房", "U+200B, a formatting character, cannot stand in a generated name")]
    [InlineData("𪚥中心", "'𪚥' cannot stand in a C# identifier")]
    public void Identifier_IsCheckedByCSharpRules(string name, string? problem)
    {
        Assert.Equal(problem, CSharpIdentifier.Problem(name));
        Assert.Equal(problem is null, CSharpIdentifier.IsValid(name));
    }

    [Theory]
    [InlineData("2024-Zibo", "_2024Zibo")]
    [InlineData("class", "class_")]
    [InlineData("“三高”患者", "三高患者")]
    [InlineData("！", "Plan")]
    [InlineData("病\u200B房\u202E", "病房")]
    [InlineData("𪚥𪚥中心", "中心")]
    [InlineData("__makeref", "__makeref_")]
    public void Identifier_MadeFromText_IsValid(string text, string identifier)
    {
        var made = CSharpIdentifier.From(text, "Plan");

        Assert.Equal(identifier, made);
        Assert.True(CSharpIdentifier.IsValid(made));
    }

    [Theory]
    [InlineData("Title", "TitleTarget")]
    [InlineData("Plan", "PlanTarget")]
    [InlineData("Task1Node", "Task1NodeTarget")]
    public void Target_NamedByACorrectionAsTheNodeClassUsesIt_GetsATargetSuffixAndIsReported(string given, string named)
    {
        var corrections = PlanCorrections.Parse("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"30间\", \"name\": \"" + given + "\" } ] }", "Test.plan.json", out var parsed);
        Assert.Empty(parsed);

        var plan = PlanReader.Read("Test", "1.测试任务。新建病房30间。", PlanSidecars.None with { Corrections = corrections });

        Assert.Equal(named, plan.Nodes.Single().Mentions.Single().Name);
        var problem = Assert.Single(plan.Problems, p => p.Code == ProblemCode.TargetNameSuffixed);
        Assert.Contains($"names '30间' {given}, which the generated class of 1 already uses", problem.Message, System.StringComparison.Ordinal);
    }
}
