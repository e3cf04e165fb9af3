using System.Linq;
using PlanSdk.Extraction.Tests.Support;
using Xunit;

namespace PlanSdk.Extraction.Tests.Rules;

/// <summary>Page chrome, publication metadata, adverts and trailers are not plan text.</summary>
public sealed class NoiseTests
{
    [Fact]
    public void PageChrome_AtTheTop_IsNoNodeAndNoTarget()
    {
        var plan = Extract.Plan(
            "当前位置:\n舟山市卫生健康委员会> 法定主动公开内容> 规划计划>\n索引号 001008009005020/2020-134706\n"
            + "发布日期:2020-07-24 来源:市卫生健康委员会 访问次数: 字号:[ ]\n  • 字号:\n  • |\n  • 打印\n【字体：大 中 小】【打印本页】\n"
            + "(2019年8月13日)\n石卫〔2020〕6号\n(信息公开形式:主动公开)\n1.甲。新建病房30间。\n");

        Assert.Equal("1", Extract.Paths(plan));
        Assert.Empty(plan.Root.Mentions);
        Assert.Equal("", plan.Root.Text);
    }

    [Fact]
    public void CopyrightTrailer_EvenNumbered_IsNoNode()
    {
        var plan = Extract.Plan(
            "(一)甲。新建病房30间。\n(二)乙。\n版权声明:\n1.大文斗范文网的资料来自互联网以及用户的投稿,用于非商业性学习目的免费阅览。\n"
            + "2.《工作要点》一文的著作权归原作者所有,仅供学习参考,转载或引用时请保留版权信息。\n3.如果本网所转载内容不慎侵犯了您的权益,请联系我们,我们将会及时删除。\n");

        Assert.Equal("1 2", Extract.Paths(plan));
    }

    [Fact]
    public void ContactTrailer_WithPhoneNumber_IsNoNodeAndNoTarget()
    {
        var plan = Extract.Plan(
            "(一)甲。新建病房30间。\n本网站免费为全国各省市医疗机构发布招聘信息,如有招聘需求,可与我们联系。\n联系电话:010-82319999-2212\n投稿邮箱:edit@med66.com\n");

        var node = Assert.Single(plan.Nodes);
        Assert.Single(node.Mentions);
        Assert.DoesNotContain("联系", node.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Advert_InsideSentence_IsLeftOutAndTheSentenceJoins()
    {
        var plan = Extract.Plan("全面加快卫生计生事业发展进程医学∣教育网搜集整理,全面完成各项目标任务。\n(一)甲。\n");

        Assert.Equal("全面加快卫生计生事业发展进程,全面完成各项目标任务。", plan.Root.Text);
    }

    [Fact]
    public void AttachmentList_AtTheEnd_IsNoNode()
    {
        var plan = Extract.Plan("一、甲\n(一)任务。\n附件：1.重点任务分工表\n2.指标汇总表\n扫一扫在手机打开当前页\n");

        Assert.Equal("1 1/1", Extract.Paths(plan));
    }

    [Fact]
    public void DocumentFooter_CopyToAndPrintingLine_IsNoText()
    {
        var plan = Extract.Plan("1.甲。新建病房30间。\n抄送：省卫生健康委。\nXX市卫生健康委员会办公室　　　　2023年2月1日印发\n");

        Assert.Equal("甲。新建病房30间。", Assert.Single(plan.Nodes).Text);
    }

    [Fact]
    public void PageNumbers_BetweenPdfPages_AreNoText()
    {
        var plan = Extract.Plan("(一)甲。新建病房30间。\n- 2 -\n(二)乙。\n第 3 页 共 5 页\n");

        Assert.Equal("1 2", Extract.Paths(plan));
        Assert.Single(plan.Nodes.SelectMany(n => n.Mentions));
    }
}
