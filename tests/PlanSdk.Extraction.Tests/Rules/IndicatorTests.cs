using PlanSdk.Extraction.Tests.Support;
using Xunit;

namespace PlanSdk.Extraction.Tests.Rules;

/// <summary>What a figure measures, as written next to it: before a predicate, or the noun after a count.</summary>
public sealed class IndicatorTests
{
    [Theory]
    [InlineData("组织实施家庭医生签约服务,全人群签约率达61%以上。", "全人群签约率")]
    [InlineData("一体化管理的村卫生室产权公有化率达到85%以上。", "一体化管理的村卫生室产权公有化率")]
    [InlineData("年内巡诊服务20万人次以上。", "巡诊服务")]
    [InlineData("建成县域医疗服务次中心7家。", "县域医疗服务次中心")]
    [InlineData("实现筛查覆盖率达90%。", "筛查覆盖率")]
    [InlineData("遴选第三批250名中医专家进驻工作室。", "中医专家进驻工作室")]
    [InlineData("举办100期中医药适宜技术培训。", "中医药适宜技术培训")]
    [InlineData("40%的社区卫生服务中心达到建设要求。", "社区卫生服务中心达到建设要求")]
    [InlineData("二级以上公立中医医疗机构100%达到要求。", "二级以上公立中医医疗机构")]
    [InlineData("对疑似病例在2小时内网络直报。", "网络直报")]
    [InlineData("网络医院拥有远程会诊、远程教学等9项服务功能。", "服务功能")]
    [InlineData("2020年计划招聘1559名。", "招聘")]
    [InlineData("预约时间力争精准到30分钟内。", "预约时间力争精准")]
    [InlineData("全市出生人口性别比控制在116以内。", "出生人口性别比")]
    [InlineData("每千人口执业医师数仅为1.9人。", "每千人口执业医师数")]
    [InlineData("加快建设紧密型城市医疗集团,年内建成2个。", "加快建设紧密型城市医疗集团")]
    [InlineData("新建村卫生室15所,累计达到210所。", "村卫生室")]
    [InlineData("三级公立医院平均住院日下降0.5天。", "三级公立医院平均住院日")]
    [InlineData("年底前重点人群签约服务覆盖率达到65%以上。", "重点人群签约服务覆盖率")]
    [InlineData("重点专科达到12个。", "重点专科")]
    [InlineData("重点推进基层卫生院建设,完成8家。", "基层卫生院建设")]
    public void Indicator_NextToFigure_IsWhatItMeasures(string body, string indicator)
    {
        var targets = Extract.Targets(body);

        Assert.Equal(indicator, targets[targets.Count - 1].Indicator);
    }

    [Fact]
    public void Indicator_OfFiguresSetRespectively_IsShared()
    {
        var targets = Extract.Targets("高血压、糖尿病患者规范管理率分别达到70%、65%。");

        Assert.Equal(new[] { "高血压、糖尿病患者规范管理率", "高血压、糖尿病患者规范管理率" }, targets.ConvertAll(t => t.Indicator));
    }

    [Fact]
    public void Indicator_OfFirstItemInEnumeration_IsNotTheNextItem()
    {
        var targets = Extract.Targets("平均急救反应时间城区不超过12分钟、农村不超过20分钟。");

        Assert.Equal("平均急救反应时间城区", targets[0].Indicator);
        Assert.Equal("农村", targets[1].Indicator);
    }
}
