using System.Linq;
using PlanSdk.Extraction.Tests.Support;
using Xunit;

namespace PlanSdk.Extraction.Tests.Rules;

/// <summary>Target, actual or context: goals, reported figures and figures that only describe.</summary>
public sealed class KindTests
{
    [Theory]
    [InlineData("全人群签约率达61%以上。", TargetKind.Target)]
    [InlineData("截至7月底累计筛查新生儿502例。", TargetKind.Actual)]
    [InlineData("累计创建母婴室68家。", TargetKind.Actual)]
    [InlineData("全市已建成健康小屋20家。", TargetKind.Actual)]
    [InlineData("目前全市签约率达到31.57%。", TargetKind.Actual)]
    [InlineData("门诊量同比增长12.3%。", TargetKind.Actual)]
    [InlineData("新增四个慢病精细化管理试点。", TargetKind.Target)]
    [InlineData("每季度对分包县进行一次检查。", TargetKind.Target)]
    [InlineData("预计投资 1.7 亿元。", TargetKind.Target)]
    public void Figure_InPlanText_HasKind(string body, TargetKind kind)
    {
        Assert.Equal(kind, Extract.OnlyTarget(body).Kind);
    }

    [Theory]
    [InlineData("持续推进0-6岁儿童眼保健及视力检查。")]
    [InlineData("启动全市3岁以下婴幼儿照护服务试点。")]
    [InlineData("打造一批县级区域性中医诊疗中心。")]
    [InlineData("深化市县两级疾控中心改革试点。")]
    [InlineData("完善县乡村三级健康教育工作网络。")]
    [InlineData("有重点的将为期三年的扫黑除恶专项斗争推向纵深。")]
    [InlineData("第一批培养对象已开展为期3个月的脱产培训。")]
    [InlineData("落实母婴安全五项制度。")]
    [InlineData("舟山医院、市妇保院和市中医院作为三家独立法人。")]
    [InlineData("网络医院运行四年多来,服务不断拓展。")]
    [InlineData("委党组每半年召开会议。")]
    public void DescribingFigure_IsContextNotTarget(string body)
    {
        var mentions = Extract.Mentions(Extract.Task(body));

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(TargetKind.Context, m.Kind));
    }

    [Fact]
    public void SummaryPart_FiguresAreActual_PlanPartFiguresAreTargets()
    {
        var plan = Extract.Plan(
            "2019年上半年工作总结和下半年工作思路\n"
            + "一、上半年工作总结\n(一)强化基层。一是签约服务扎实推进。全市签约率达到31.57%。\n"
            + "二、下半年主要工作安排\n(一)强化基层。一是做实签约服务。年底前签约服务覆盖率达到65%以上。\n");

        Assert.Equal(TargetKind.Actual, Assert.Single(Extract.Node(plan, "1/1/1").Mentions).Kind);
        Assert.Equal(TargetKind.Target, Assert.Single(Extract.Node(plan, "2/1/1").Mentions).Kind);
    }

    [Fact]
    public void SummaryDocument_PlanPartAfterItsSummary_HasTargets()
    {
        var plan = Extract.Plan(
            "WW市卫生健康委2022年上半年工作总结\n一、主要工作开展情况\n(一)疫情防控有力有序。全程接种率达到91.2%。\n"
            + "(二)计划生育服务管理。新增托位500个。\n二、下半年工作打算\n(一)推进项目建设。新建5个社区卫生服务中心。\n");

        Assert.Equal(TargetKind.Actual, Extract.Node(plan, "1/1").Mentions.Single().Kind);
        Assert.Equal(TargetKind.Actual, Extract.Node(plan, "1/2").Mentions.Single().Kind);
        Assert.Equal(TargetKind.Target, Extract.Node(plan, "2/1").Mentions.Single().Kind);
    }

    [Fact]
    public void SummaryDocument_PreambleFiguresAreActual()
    {
        var plan = Extract.Plan("XX县卫生健康局2022年工作总结\n今年以来全县完成门诊诊疗85.6万人次。\n一、主要成效\n(一)签约率达到60%。\n");

        Assert.Equal(TargetKind.Actual, plan.Root.Mentions.Single().Kind);
        Assert.Equal(TargetKind.Actual, Extract.Node(plan, "1/1").Mentions.Single().Kind);
    }
}
