using PlanSdk.Extraction.Tests.Support;
using Xunit;

namespace PlanSdk.Extraction.Tests.Rules;

/// <summary>Numbers: arabic and CJK numerals, decimals, thousands, multipliers folded into the value.</summary>
public sealed class NumberTests
{
    [Theory]
    [InlineData("年内巡诊服务20万人次以上。", "200000", "人次")]
    [InlineData("预计投资 1.7 亿元。", "170000000", "元")]
    [InlineData("预计年直接受益家庭6千余户。", "6000", "户")]
    [InlineData("发放资金4041.6万元。", "40416000", "元")]
    [InlineData("累计提供服务60余万人次。", "600000", "人次")]
    [InlineData("减免费用10万余元。", "100000", "元")]
    [InlineData("2020年计划招聘1,559名。", "1559", "名")]
    [InlineData("全年新增床位1200张。", "1200", "张")]
    [InlineData("新增两个慢病管理试点。", "2", "个")]
    [InlineData("建成十五个示范社区。", "15", "个")]
    [InlineData("新增三十七家签约机构。", "37", "家")]
    [InlineData("新建一百二十个健康小屋。", "120", "个")]
    [InlineData("居民健康素养水平达到23.71%。", "23.71", "%")]
    [InlineData("总投入达到3.5亿元。", "350000000", "元")]
    [InlineData("招录卫技人员９３名。", "93", "名")]
    public void Quantity_AsWritten_ValueIsNormalised(string body, string value, string unit)
    {
        var target = Extract.OnlyTarget(body);

        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), target.Value);
        Assert.Equal(unit, target.Unit);
        Assert.Null(target.Max);
    }

    [Theory]
    [InlineData("组织培训1-2期。", "1", "2", "期")]
    [InlineData("推动2—3家委属医院建成集成平台。", "2", "3", "家")]
    [InlineData("新增示范机构4至6家。", "4", "6", "家")]
    [InlineData("增加3～5个试点县。", "3", "5", "个")]
    [InlineData("新建1-2万平方米业务用房。", "10000", "20000", "平方米")]
    [InlineData("费用增幅控制在5%-8%。", "5", "8", "%")]
    public void Range_AsWritten_HasValueAndMax(string body, string value, string max, string unit)
    {
        var target = Extract.OnlyTarget(body);

        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), target.Value);
        Assert.Equal(decimal.Parse(max, System.Globalization.CultureInfo.InvariantCulture), target.Max);
        Assert.Equal(Comparison.Between, target.Comparison);
        Assert.Equal(unit, target.Unit);
    }

    [Fact]
    public void MalformedNumber_TwoDecimalPoints_IsKeptWithoutValueAndReported()
    {
        var plan = Extract.Task("上半年全市报告传染病发病率847.34.65/10万,未发生疫情扩散。");

        var mention = Assert.Single(Extract.Mentions(plan));
        Assert.True(mention.Malformed);
        Assert.Null(mention.Value);
        Assert.Equal("1/10万", mention.Unit);
        var problem = Assert.Single(plan.Problems);
        Assert.Equal(ProblemCode.MalformedNumber, problem.Code);
        Assert.Equal(1, problem.Span.Line);
    }

    [Theory]
    [InlineData("全人群签约率达6.1.%以上。", "6.1.%以上")]
    [InlineData("全人群签约率达61..5%以上。", "61..5%以上")]
    [InlineData("新建社区医院3.个。", "3.个")]
    public void MalformedNumber_StrayPointBeforeItsUnit_IsReported(string body, string written)
    {
        var plan = Extract.Task(body);

        var mention = Assert.Single(Extract.Mentions(plan));
        Assert.True(mention.Malformed);
        Assert.Equal(written, mention.Written);
        Assert.Equal(ProblemCode.MalformedNumber, Assert.Single(plan.Problems).Code);
    }

    [Fact]
    public void InvertedRange_UpperBelowLower_IsReported()
    {
        var plan = Extract.Task("新建社区医院5-3个。");

        Assert.Contains(plan.Problems, p => p.Code == ProblemCode.InvertedRange);
    }
}
