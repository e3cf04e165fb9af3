using Xunit;

namespace PlanSdk.Extraction.Tests.Indicators;

/// <summary>Deadlines as written resolve to the month they fall due, counted from the plan's year.</summary>
public sealed class DeadlineCalendarTests
{
    [Theory]
    [InlineData("年底前", 2024, 2024, 12)]
    [InlineData("年内", 2024, 2024, 12)]
    [InlineData("年度内", 2020, 2020, 12)]
    [InlineData("本年度内", 2020, 2020, 12)]
    [InlineData("6月底前", 2020, 2020, 6)]
    [InlineData("9月底前", 2019, 2019, 9)]
    [InlineData("十月底前", 2019, 2019, 10)]
    [InlineData("6 月份前", 2019, 2019, 6)]
    [InlineData("到2020年底", 2018, 2020, 12)]
    [InlineData("2020 年", 2020, 2020, 12)]
    [InlineData("2020 年底", null, 2020, 12)]
    [InlineData("2021年3月前", 2020, 2021, 3)]
    [InlineData("２０２１年３月底前", 2020, 2021, 3)]
    [InlineData("上半年", 2019, 2019, 6)]
    [InlineData("下半年", 2019, 2019, 12)]
    [InlineData("三季度", 2019, 2019, 9)]
    [InlineData("第1季度", 2019, 2019, 3)]
    [InlineData("明年", 2019, 2020, 12)]
    [InlineData("利用两年时间", 2020, 2021, 12)]
    [InlineData("三年内", 2020, 2022, 12)]
    public void Resolve_Deadline_IsTheMonthItFallsDue(string deadline, int? planYear, int year, int month)
    {
        Assert.Equal(new YearMonth(year, month), DeadlineCalendar.Resolve(deadline, planYear));
    }

    [Theory]
    [InlineData(null, 2020)]
    [InlineData("年底前", null)]
    [InlineData("6月底前", null)]
    [InlineData("尽快", 2020)]
    [InlineData("月底前", 2020)]
    [InlineData("13月底前", 2020)]
    [InlineData("", 2020)]
    public void Resolve_NoReadableTime_IsNull(string? deadline, int? planYear)
    {
        Assert.Null(DeadlineCalendar.Resolve(deadline, planYear));
    }

    [Fact]
    public void YearMonth_OrdersByYearThenMonth_AndPrintsInvariantly()
    {
        Assert.True(new YearMonth(2019, 12) < new YearMonth(2020, 1));
        Assert.True(new YearMonth(2020, 6) <= new YearMonth(2020, 6));
        Assert.True(new YearMonth(2020, 7) > new YearMonth(2020, 6));
        Assert.Equal("2020-06", new YearMonth(2020, 6).ToString());
        Assert.Equal(new System.DateTime(2020, 2, 29), new YearMonth(2020, 2).LastDay);
    }
}
