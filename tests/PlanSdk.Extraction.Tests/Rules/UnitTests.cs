using PlanSdk.Extraction.Tests.Support;
using Xunit;

namespace PlanSdk.Extraction.Tests.Rules;

/// <summary>Units and classifiers, with the stray spaces PDF copies leave.</summary>
public sealed class UnitTests
{
    [Theory]
    [InlineData("覆盖率达到95％。", "%")]
    [InlineData("疾病检出率42.91 %。", "%")]
    [InlineData("婴儿死亡率≤5‰。", "‰")]
    [InlineData("孕产妇死亡率≤22/10万。", "1/10万")]
    [InlineData("住院费用占比下降2个百分点。", "个百分点")]
    [InlineData("人均经费提高到74元。", "元")]
    [InlineData("市财政安排100万元经费。", "元")]
    [InlineData("配置60台AED。", "台")]
    [InlineData("举办100期培训。", "期")]
    [InlineData("提供服务9万人次。", "人次")]
    [InlineData("招聘全科医生50人。", "人")]
    [InlineData("筛查新生儿502例。", "例")]
    [InlineData("完成项目15项。", "项")]
    [InlineData("建成康复医院2所。", "所")]
    [InlineData("开展检查6次。", "次")]
    [InlineData("处置食源性疾病事件6起。", "起")]
    [InlineData("完成备案122份。", "份")]
    [InlineData("电子病历应用水平达到4 级以上。", "级")]
    [InlineData("平均住院日控制在8天以内。", "天")]
    [InlineData("急救反应时间缩短至12分钟。", "分钟")]
    [InlineData("新建业务用房3000平方米。", "平方米")]
    [InlineData("2 个二级专科医院建成。", "个")]
    public void Unit_AfterFigure_IsRead(string body, string unit)
    {
        Assert.Equal(unit, Extract.OnlyTarget(body).Unit);
    }

    [Theory]
    [InlineData("孕产妇死亡率（/10万） ≤12", "12", "1/10万", Comparison.AtMost)]
    [InlineData("婴儿死亡率（‰） ≤5", "5", "‰", Comparison.AtMost)]
    [InlineData("人均预期寿命（岁） 79.5", "79.5", "岁", Comparison.Exactly)]
    [InlineData("财政投入(万元) 350", "3500000", "元", Comparison.Exactly)]
    public void Unit_InIndicatorHeading_AppliesToTheBareFigure(string row, string value, string unit, Comparison comparison)
    {
        var target = Assert.Single(Extract.Mentions(Extract.Plan("主要指标:\n1." + row + "\n")));

        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), target.Value);
        Assert.Equal(unit, target.Unit);
        Assert.Equal(comparison, target.Comparison);
        Assert.Equal(TargetKind.Target, target.Kind);
    }
}
