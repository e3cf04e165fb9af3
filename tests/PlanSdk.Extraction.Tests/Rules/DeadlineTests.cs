using PlanSdk.Extraction.Tests.Support;
using Xunit;

namespace PlanSdk.Extraction.Tests.Rules;

/// <summary>Deadlines as written in a goal's clause, or in a clause before it that says nothing else.</summary>
public sealed class DeadlineTests
{
    [Theory]
    [InlineData("年底前完成其他18家健康小屋建设。", "年底前")]
    [InlineData("9月底前完成2-3个社区护理站建设。", "9月底前")]
    [InlineData("年内巡诊服务20万人次以上。", "年内")]
    [InlineData("到2020年底,群众健康素养水平提高到20%。", "到2020年底")]
    [InlineData("2020 年底,县人民医院电子病历系统应用水平要达到4 级以上。", "2020 年底")]
    [InlineData("2020年计划招聘1559名。", "2020年")]
    [InlineData("年度内完成医疗费用增长幅度控制在 10%以内。", "年度内")]
    [InlineData("全人群签约率达61%以上。", null)]
    public void Deadline_InGoalClause_IsRead(string body, string? deadline)
    {
        Assert.Equal(deadline, Extract.OnlyTarget(body).Deadline);
    }

    [Fact]
    public void Actual_AsOfDate_IsNoDeadline()
    {
        Assert.Null(Extract.OnlyTarget("截至7月底累计筛查新生儿502例。").Deadline);
    }
}
