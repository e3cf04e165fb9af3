using PlanSdk.Extraction.Tests.Support;
using Xunit;

namespace PlanSdk.Extraction.Tests.Rules;

/// <summary>Comparison words before and after the figure (spec table).</summary>
public sealed class ComparisonTests
{
    [Theory]
    [InlineData("全人群签约率达61%以上。", Comparison.AtLeast)]
    [InlineData("二级及以上医院预约诊疗率达到50%及以上。", Comparison.AtLeast)]
    [InlineData("县级平台建成率不低于80%。", Comparison.AtLeast)]
    [InlineData("培训不少于500人次。", Comparison.AtLeast)]
    [InlineData("每个县至少建成1个紧密型医共体。", Comparison.AtLeast)]
    [InlineData("疫苗接种率≥95%。", Comparison.AtLeast)]
    [InlineData("婴儿死亡率≤12‰。", Comparison.AtMost)]
    [InlineData("医疗费用增长幅度控制在10%以内。", Comparison.AtMost)]
    [InlineData("5岁以下儿童死亡率不超过14‰。", Comparison.AtMost)]
    [InlineData("患者平均等候时间不高于30分钟。", Comparison.AtMost)]
    [InlineData("对疑似病例在2小时内网络直报。", Comparison.AtMost)]
    [InlineData("审批时限压缩到5个工作日内。", Comparison.AtMost)]
    [InlineData("剖宫产率低于35%。", Comparison.LessThan)]
    [InlineData("培训人数超过2000人次。", Comparison.MoreThan)]
    [InlineData("罚没款170余万元。", Comparison.MoreThan)]
    [InlineData("受理投诉逾300件。", Comparison.MoreThan)]
    [InlineData("县域内就诊率达到 90%左右。", Comparison.Approximately)]
    [InlineData("力争创建约10个社区医院。", Comparison.Approximately)]
    [InlineData("受益群众近4000人次。", Comparison.Approximately)]
    [InlineData("服务对象注册率接近100%。", Comparison.Approximately)]
    [InlineData("至少建成1-2所康复医院。", Comparison.Between)]
    [InlineData("建成县域医疗服务次中心7家。", Comparison.Exactly)]
    [InlineData("7家县级以上医院实现检查智慧预约。", Comparison.Exactly)]
    [InlineData("二级以上公立中医医疗机构100%达到要求。", Comparison.Exactly)]
    public void Comparison_WordAroundFigure_IsRead(string body, Comparison expected)
    {
        Assert.Equal(expected, Extract.OnlyTarget(body).Comparison);
    }

    [Fact]
    public void BareFigure_BoundedByComparisonWord_IsAQuantityWithoutUnit()
    {
        var target = Extract.OnlyTarget("全市出生人口性别比控制在116以内。");

        Assert.Equal(116m, target.Value);
        Assert.Null(target.Unit);
        Assert.Equal(Comparison.AtMost, target.Comparison);
        Assert.Equal("出生人口性别比", target.Indicator);
    }
}
