using Xunit;

namespace PlanSdk.Tests;

public class TargetTests
{
    public static TheoryData<Comparison, decimal?, decimal?, decimal, bool> MetCases => new()
    {
        // Exactly: equal only.
        { Comparison.Exactly, 90m, null, 90m, true },
        { Comparison.Exactly, 90m, null, 90.0m, true },
        { Comparison.Exactly, 90m, null, 89.99m, false },
        { Comparison.Exactly, 90m, null, 90.01m, false },

        // AtLeast: the value or more.
        { Comparison.AtLeast, 61m, null, 61m, true },
        { Comparison.AtLeast, 61m, null, 75m, true },
        { Comparison.AtLeast, 61m, null, 60.9m, false },

        // AtMost: the value or less.
        { Comparison.AtMost, 116m, null, 116m, true },
        { Comparison.AtMost, 116m, null, 100m, true },
        { Comparison.AtMost, 116m, null, 116.1m, false },

        // MoreThan: strictly more.
        { Comparison.MoreThan, 6000m, null, 6001m, true },
        { Comparison.MoreThan, 6000m, null, 6000m, false },
        { Comparison.MoreThan, 6000m, null, 5999m, false },

        // LessThan: strictly less.
        { Comparison.LessThan, 5m, null, 4.9m, true },
        { Comparison.LessThan, 5m, null, 5m, false },
        { Comparison.LessThan, 5m, null, 6m, false },

        // Approximately: within 5 % of the value, either way, bounds included.
        { Comparison.Approximately, 100m, null, 100m, true },
        { Comparison.Approximately, 100m, null, 95m, true },
        { Comparison.Approximately, 100m, null, 105m, true },
        { Comparison.Approximately, 100m, null, 94.9m, false },
        { Comparison.Approximately, 100m, null, 105.1m, false },
        { Comparison.Approximately, 0m, null, 0m, true },
        { Comparison.Approximately, 0m, null, 0.01m, false },
        { Comparison.Approximately, -20m, null, -19m, true },

        // Between: from value to max, both included.
        { Comparison.Between, 1m, 2m, 1m, true },
        { Comparison.Between, 1m, 2m, 1.5m, true },
        { Comparison.Between, 1m, 2m, 2m, true },
        { Comparison.Between, 1m, 2m, 0.9m, false },
        { Comparison.Between, 1m, 2m, 2.1m, false },
        { Comparison.Between, 1m, null, 1m, false },

        // No value: never met, whatever the comparison.
        { Comparison.Exactly, null, null, 0m, false },
        { Comparison.AtLeast, null, null, 100m, false },
        { Comparison.AtMost, null, null, 0m, false },
        { Comparison.MoreThan, null, null, 100m, false },
        { Comparison.LessThan, null, null, 0m, false },
        { Comparison.Approximately, null, null, 0m, false },
        { Comparison.Between, null, 2m, 1m, false },
    };

    [Theory]
    [MemberData(nameof(MetCases))]
    public void IsMetBy_ComparisonAndActual_FollowsTheComparisonsMeaning(Comparison comparison, decimal? value, decimal? max, decimal actual, bool expected)
    {
        var target = Make(comparison, value, max);

        Assert.Equal(expected, target.IsMetBy(actual));
    }

    [Theory]
    [InlineData(Comparison.AtLeast, "61", null, ">= 61 %")]
    [InlineData(Comparison.Exactly, "31.570", null, "= 31.57 %")]
    [InlineData(Comparison.Between, "2", "3", "range 2..3 %")]
    [InlineData(Comparison.Between, "2", null, "range 2..? %")]
    [InlineData(Comparison.AtMost, null, null, "<= ? %")]
    public void Figure_ReadsAsComparisonFigureAndUnit(Comparison comparison, string? value, string? max, string figure)
    {
        static decimal? Parse(string? text) => text is null ? null : decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(figure, Make(comparison, Parse(value), Parse(max)).Figure);
    }

    [Fact]
    public void ApproximateTolerance_IsFivePercent()
    {
        Assert.Equal(0.05m, Target.ApproximateTolerance);
    }

    private static Target Make(Comparison comparison, decimal? value, decimal? max) => new(
        name: null,
        indicatorText: "全人群签约率",
        text: "全人群签约率达61%以上",
        value,
        max,
        Unit.Percent,
        comparison,
        TargetKind.Target,
        deadline: null,
        line: 1,
        column: 1,
        path: "1",
        malformed: false);
}
