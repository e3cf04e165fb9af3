using PlanSdk.Extraction.Tests.Support;
using Xunit;

namespace PlanSdk.Extraction.Tests.Rules;

/// <summary>Every position is a 1-based line and column of the original text, whatever the line endings.</summary>
public sealed class PositionTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Target_OnThirdLine_HasItsLineAndColumn(string newline)
    {
        var plan = Extract.Plan("标题: 某市2024年工作计划" + newline + "1.甲。" + newline + "2.乙。全人群签约率达61%以上。" + newline);

        var target = Assert.Single(Extract.Node(plan, "2").Mentions);
        Assert.Equal(3, target.Span.Line);
        Assert.Equal(12, target.Span.Column);
        Assert.Equal(3, Extract.Node(plan, "2").Span.Line);
    }

    [Fact]
    public void Target_AfterInlineAdvert_KeepsItsOriginalColumn()
    {
        var plan = Extract.Plan("1.推进医学∣教育网搜集整理工作,新建病房30间。\n");

        var target = Assert.Single(Extract.Node(plan, "1").Mentions);
        Assert.Equal(1, target.Span.Line);
        Assert.Equal(22, target.Span.Column);
    }

    [Fact]
    public void Target_OnJoinedPdfLine_HasTheLineItIsWrittenOn()
    {
        var plan = Extract.Plan("1.加强管理。全面提升县级医院综合服务能力,新建\n病房30间。\n");

        var target = Assert.Single(Extract.Node(plan, "1").Mentions);
        Assert.Equal(2, target.Span.Line);
        Assert.Equal(3, target.Span.Column);
    }
}
