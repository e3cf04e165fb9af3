using PlanSdk.Extraction.Tests.Support;
using Xunit;

namespace PlanSdk.Extraction.Tests.Rules;

/// <summary>Headings inside lines, PDF line breaks, titles, and numbers that only look like headings.</summary>
public sealed class OutlineStructureTests
{
    [Fact]
    public void Item_AfterFullStop_StartsANode()
    {
        var plan = Extract.Plan("一、部分\n(一)节\n一是甲项工作。二是乙项工作。三是丙项工作。\n");

        Assert.Equal("1 1/1 1/1/1 1/1/2 1/1/3", Extract.Paths(plan));
        Assert.Equal("乙项工作", Extract.Node(plan, "1/1/2").Title);
    }

    [Fact]
    public void Item_AfterSemicolon_StartsANodeAndTheTitleDropsThePunctuation()
    {
        var plan = Extract.Plan("1.深化爱国卫生运动。一是加强病媒防制；二是开展环境整治，完成问题整改300处。\n");

        Assert.Equal("1 1/1 1/2", Extract.Paths(plan));
        Assert.Equal("加强病媒防制", Extract.Node(plan, "1/1").Title);
    }

    [Fact]
    public void Item_WithoutPunctuationBefore_ContinuingItsSequence_StartsANode()
    {
        var plan = Extract.Plan("一、部分\n(一)节\n一是甲。二是乙。三是丙,年底前启动运行四是丁。\n");

        Assert.Equal("1 1/1 1/1/1 1/1/2 1/1/3 1/1/4", Extract.Paths(plan));
        Assert.Equal("丁", Extract.Node(plan, "1/1/4").Title);
    }

    [Fact]
    public void Section_AfterComma_ContinuingItsSequence_StartsANode()
    {
        var plan = Extract.Plan("一、甲\n(一)任务一。\n二、乙\n(二)任务二。严格依法做好管控工作,三、丙部分 继续落实整改要求。\n(三)任务三。\n");

        Assert.Equal("1 1/1 2 2/2 3 3/3", Extract.Paths(plan));
        Assert.Equal("丙部分", Extract.Node(plan, "3").Title);
    }

    [Fact]
    public void Task_RightAfterSectionTitle_StartsANode()
    {
        var plan = Extract.Plan("一、甲\n(一)任务一。\n四、构建高质量医疗服务体系(二)加快规划制定落实。内容。\n");

        Assert.Equal("1 1/1 4 4/2", Extract.Paths(plan));
        Assert.Equal("构建高质量医疗服务体系", Extract.Node(plan, "4").Title);
        Assert.Equal("加快规划制定落实", Extract.Node(plan, "4/2").Title);
    }

    [Theory]
    [InlineData("一、甲\n(一)推动病人由二、三级医院向基层下转。\n")]
    [InlineData("一、甲\n(一)规范设置一、二、三类发热门诊。\n")]
    [InlineData("一、甲\n(一)落实到位。(三)为引用条款。\n")]
    [InlineData("一、甲\n(一)统一是关键。\n")]
    public void NumberLikeText_InProse_IsNoHeading(string text)
    {
        Assert.Equal("1 1/1", Extract.Paths(Extract.Plan(text)));
    }

    [Fact]
    public void PdfLineBreak_InsideSentence_IsJoined()
    {
        var plan = Extract.Plan("一、甲\n(一)加强管理。全面提升县级医院综合服务能力,县人民医院做好申报三级\n乙等医院评审准备,新建\n病房30间。\n(二)乙。\n");

        Assert.Equal("1 1/1 1/2", Extract.Paths(plan));
        var node = Extract.Node(plan, "1/1");
        var target = Assert.Single(node.Mentions);
        Assert.Equal(30m, target.Value);
        Assert.Equal(4, target.Span.Line);
        Assert.Contains("三级乙等医院", node.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void HeadingLine_WithoutFullStop_IsNotJoinedToTheNextLine()
    {
        var plan = Extract.Plan("一、甲\n(一)任务。\n六、强化落实改善医疗服务制度\n继续落实行动计划,满意度稳定在 90%以上。\n(二)任务。\n");

        var section = Extract.Node(plan, "6");
        Assert.Equal("强化落实改善医疗服务制度", section.Title);
        Assert.Equal(90m, Assert.Single(section.Mentions).Value);
    }

    [Fact]
    public void Title_RunningIntoBodyWithPdfSpace_EndsAtTheSpace()
    {
        var plan = Extract.Plan("一、协调推进医院管理、相关医疗制度建设 认真贯彻落实国家意见,加快建立现代医院管理制度。\n(一)深入开展 2020医院感染提升年活动。\n");

        Assert.Equal("协调推进医院管理、相关医疗制度建设", Extract.Node(plan, "1").Title);
        Assert.Equal("深入开展 2020医院感染提升年活动", Extract.Node(plan, "1/1").Title);
    }

    [Fact]
    public void Title_WithoutFullStop_RunsToTheFirstFullStop()
    {
        var plan = Extract.Plan("1.基层服务体系不断完善持续推进补偿机制改革,年均增幅达到13.2%。其余。\n");

        Assert.Equal("基层服务体系不断完善持续推进补偿机制改革,年均增幅达到13.2%", Extract.Node(plan, "1").Title);
    }

    [Fact]
    public void SectionIntro_HoldsTheSectionsOwnTargets()
    {
        var plan = Extract.Plan("一、甲 实现县域内就诊率达到 90%左右。\n(一)任务。新建病房30间。\n");

        Assert.Equal(90m, Assert.Single(Extract.Node(plan, "1").Mentions).Value);
        Assert.Equal(30m, Assert.Single(Extract.Node(plan, "1/1").Mentions).Value);
    }

    [Fact]
    public void Numbering_SkippedOrRepeated_IsReported()
    {
        var plan = Extract.Plan("1.甲。\n2.乙。\n2.丙。\n5.丁。\n");

        Assert.Contains(plan.Problems, p => p.Code == ProblemCode.DuplicateNumber && p.Span.Line == 3);
        Assert.Contains(plan.Problems, p => p.Code == ProblemCode.SkippedNumber && p.Span.Line == 4);
    }
}
