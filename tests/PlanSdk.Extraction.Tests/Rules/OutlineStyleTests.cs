using System.Linq;
using PlanSdk.Extraction.Tests.Support;
using Xunit;

namespace PlanSdk.Extraction.Tests.Rules;

/// <summary>The numbering styles, in ASCII and full-width forms, and the levels they take.</summary>
public sealed class OutlineStyleTests
{
    [Theory]
    [InlineData("一、甲\n二、乙\n三、丙\n", NumberingStyle.CjkComma)]
    [InlineData("(一)甲。\n(二)乙。\n(三)丙。\n", NumberingStyle.CjkParen)]
    [InlineData("（一）甲。\n（二）乙。\n（三）丙。\n", NumberingStyle.CjkParen)]
    [InlineData("(一）甲。\n（二)乙。\n(三)丙。\n", NumberingStyle.CjkParen)]
    [InlineData("1.甲。\n2.乙。\n3.丙。\n", NumberingStyle.Arabic)]
    [InlineData("1、甲。\n2、乙。\n3、丙。\n", NumberingStyle.Arabic)]
    [InlineData("1．甲。\n2．乙。\n3．丙。\n", NumberingStyle.Arabic)]
    [InlineData("１．甲。\n２．乙。\n３．丙。\n", NumberingStyle.Arabic)]
    [InlineData("(1)甲。\n（2）乙。\n(3)丙。\n", NumberingStyle.ArabicParen)]
    [InlineData("一是甲。\n二是乙。\n三是丙。\n", NumberingStyle.Item)]
    [InlineData("①甲。\n②乙。\n③丙。\n", NumberingStyle.Circled)]
    [InlineData("第一部分 甲\n第二部分 乙\n第三部分 丙\n", NumberingStyle.Chapter)]
    public void Style_AtLineStarts_GivesOneLevelOfThreeNodes(string text, NumberingStyle style)
    {
        var plan = Extract.Plan(text);

        Assert.Equal("1 2 3", Extract.Paths(plan));
        Assert.All(plan.Nodes, n => Assert.Equal(style, n.Style));
        Assert.Equal(new[] { "甲", "乙", "丙" }, plan.Nodes.Select(n => n.Title));
    }

    [Fact]
    public void Levels_FollowTheOrderStylesAreFirstUsed()
    {
        var plan = Extract.Plan("一、部分\n(一)节。\n1.任务甲。\n2.任务乙。\n(二)节。\n3.任务丙。\n二、部分\n(三)节。\n4.任务丁。\n");

        Assert.Equal("1 1/1 1/1/1 1/1/2 1/2 1/2/3 2 2/3 2/3/4", Extract.Paths(plan));
        Assert.Equal(new[] { 1, 2, 3, 3, 2, 3, 1, 2, 3 }, plan.Nodes.Select(n => n.Level));
        Assert.Equal(NodeKind.Section, Extract.Node(plan, "1/1").Kind);
        Assert.Equal(NodeKind.Task, Extract.Node(plan, "2/3/4").Kind);
    }

    [Fact]
    public void Numbering_RestartingPerSection_KeepsItsNumbers()
    {
        var plan = Extract.Plan("一、上半年\n(一)甲。\n(二)乙。\n二、下半年\n(一)丙。\n(二)丁。\n");

        Assert.Equal("1 1/1 1/2 2 2/1 2/2", Extract.Paths(plan));
    }

    [Fact]
    public void Numbering_AcrossSections_KeepsItsNumbers()
    {
        var plan = Extract.Plan("一、部分\n(一)甲。\n(二)乙。\n二、部分\n(三)丙。\n(四)丁。\n");

        Assert.Equal("1 1/1 1/2 2 2/3 2/4", Extract.Paths(plan));
    }

    [Fact]
    public void Outline_WithoutHeadings_IsReportedAndEverythingIsPreamble()
    {
        var plan = Extract.Plan("全市卫生健康工作要坚持人民至上。全人群签约率达61%以上。");

        Assert.Empty(plan.Nodes);
        Assert.Contains(plan.Problems, p => p.Code == ProblemCode.NoOutline);
        Assert.Single(plan.Root.Mentions);
    }
}
