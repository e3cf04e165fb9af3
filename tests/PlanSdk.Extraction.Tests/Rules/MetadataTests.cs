using PlanSdk.Extraction.Tests.Support;
using Xunit;

namespace PlanSdk.Extraction.Tests.Rules;

/// <summary>Title, issuer and year from the head of the document.</summary>
public sealed class MetadataTests
{
    [Theory]
    [InlineData("标题: 淄博市卫生健康委员会2024年度工作计划\n发文日期: 2024-05-15 发布机构: 淄博市卫生健康委员会\n1.甲。\n", "淄博市卫生健康委员会2024年度工作计划", "淄博市卫生健康委员会", 2024)]
    [InlineData("石卫〔2020〕6号\n石家庄市卫生健康委员会\n关于印发2020年全市卫生健康工作要点的通知\n2020年全市卫生健康工作要点\n一、甲\n", "2020年全市卫生健康工作要点", "石家庄市卫生健康委员会", 2020)]
    [InlineData("各县(区)卫生计生局:\n《2017年南宁市卫生计生工作要点》已经审议通过,现印发给你们。\n一、甲\n三、完善计划生育服务管理改革\n", "2017年南宁市卫生计生工作要点", null, 2017)]
    [InlineData("YY县卫生健康局2022年工作总结及2023年工作计划\n一、甲\n", "YY县卫生健康局2022年工作总结及2023年工作计划", "YY县卫生健康局", 2023)]
    [InlineData("首页 > 政务公开 > 计划总结\nWW市卫生健康委2022年上半年工作总结\n时间：2022-07-20 来源：市卫健委\n一、甲\n", "WW市卫生健康委2022年上半年工作总结", "WW市卫生健康委", 2022)]
    public void Head_OfDocument_GivesTitleIssuerAndYear(string text, string title, string? issuer, int year)
    {
        var plan = Extract.Plan(text);

        Assert.Equal(title, plan.Title);
        Assert.Equal(issuer, plan.Issuer);
        Assert.Equal(year, plan.Year);
    }
}
