using System;
using System.Collections.Generic;
using System.Linq;
using PlanSdk.Tests.Support;
using Xunit;

namespace PlanSdk.Tests.Queries;

/// <summary>Queries across the five reference plans: each index agrees with the plain LINQ filter it replaces.</summary>
public sealed class PlanSetTests
{
    private static readonly Lazy<PlanSet> Reference = new(() =>
        new PlanSet(ReferencePlans.Ids.Select(row => ReferencePlans.Load((string)row[0]))));

    private static PlanSet Plans => Reference.Value;

    [Fact]
    public void TargetsOf_SigningRate_FindsEverySigningRateAndItsKindsAcrossCities()
    {
        var found = Plans.TargetsOf(Indicator.SigningRate).Select(t => (t.Plan.Id, t.IndicatorText, t.Value)).ToList();

        Assert.Equal(
            new (string, string, decimal?)[]
            {
                ("Zhoushan2019", "签约率", 31.57m),
                ("Zhoushan2019", "重点人群签约服务覆盖率", 65m),
                ("Zibo2024", "全人群签约率", 61m),
                ("Zibo2024", "老年人签约率", 88m),
            },
            found);
        Assert.Equal(new[] { 88m }, Plans.TargetsOf(Indicator.ElderlySigningRate).Select(t => t.Value!.Value));
        Assert.Empty(Plans.TargetsOf(Indicator.FromName("NotAnIndicator")));
    }

    [Fact]
    public void Queries_AgreeWithTheLinqFilterTheyReplace()
    {
        var all = Plans.SelectMany(plan => plan.Targets).ToList();
        Assert.Equal(all, Plans.Targets);
        Assert.Equal(Plans.SelectMany(plan => plan.Tasks), Plans.Tasks);

        foreach (var indicator in Indicator.All)
        {
            Assert.Equal(all.Where(t => t.Indicator is { } measured && measured.IsA(indicator)), Plans.TargetsOf(indicator));
        }

        foreach (var unit in all.Where(t => t.Unit is not null).Select(t => t.Unit!.Value).Distinct())
        {
            Assert.Equal(all.Where(t => t.Unit == unit), Plans.TargetsIn(unit));
        }

        foreach (var comparison in Enum.GetValues<Comparison>())
        {
            Assert.Equal(all.Where(t => t.Comparison == comparison), Plans.TargetsWith(comparison));
        }

        foreach (var kind in Enum.GetValues<TargetKind>())
        {
            Assert.Equal(all.Where(t => t.Kind == kind), Plans.TargetsOfKind(kind));
        }

        foreach (var spelling in Plans.SelectMany(plan => plan.Units).SelectMany(unit => unit.Aliases.Prepend(unit.Name)).Distinct())
        {
            var units = Plans.SelectMany(plan => plan.Units).Where(unit => unit.IsSpelledAs(spelling)).ToList();
            Assert.Equal(units, Plans.UnitsSpelled(spelling));
            Assert.Equal(InOrder(units.SelectMany(unit => unit.Leads)), Plans.LedBy(spelling));
            Assert.Equal(InOrder(units.SelectMany(unit => unit.Leads.Concat(unit.TakesPartIn))), Plans.Involving(spelling));
        }
    }

    [Fact]
    public void Query_EveryCombinationOfCriteria_AgreesWithTheLinqFilter()
    {
        var all = Plans.Targets;
        var checkedQueries = 0;
        foreach (var indicator in new[] { null, Indicator.SigningRate, Indicator.MortalityRate, Indicator.FromName("Unknown") })
        foreach (var unit in new Unit?[] { null, Unit.Percent, Unit.Permille, Unit.PersonTime, new Unit("不存在") })
        foreach (var kind in new TargetKind?[] { null, TargetKind.Target, TargetKind.Actual })
        foreach (var comparison in new Comparison?[] { null, Comparison.AtLeast, Comparison.Between })
        foreach (var (least, most) in new (decimal?, decimal?)[] { (null, null), (90m, null), (null, 12m), (1m, 2m) })
        foreach (var dueBy in new YearMonth?[] { null, new YearMonth(2019, 12) })
        {
            var query = new TargetQuery { Indicator = indicator, Unit = unit, Kind = kind, Comparison = comparison, ValueAtLeast = least, ValueAtMost = most, DueBy = dueBy };
            var expected = all.Where(t =>
                (indicator is null || (t.Indicator is { } measured && measured.IsA(indicator)))
                && (unit is null || t.Unit == unit)
                && (kind is null || t.Kind == kind)
                && (comparison is null || t.Comparison == comparison)
                && (least is null || (t.Value is { } v1 && v1 >= least))
                && (most is null || (t.Value is { } v2 && v2 <= most))
                && (dueBy is null || (t.Due is { } due && due <= dueBy))).ToList();

            Assert.Equal(expected, Plans.Query(query));
            Assert.Equal(expected.Count, Plans.CountMatches(query));
            checkedQueries++;
        }

        Assert.Equal(4 * 5 * 3 * 3 * 4 * 2, checkedQueries);
        Assert.NotEmpty(Plans.Query(new TargetQuery { Kind = TargetKind.Target, Unit = Unit.Percent, ValueAtLeast = 90m }));
    }

    [Fact]
    public void Queries_Repeated_HandOutTheSameList()
    {
        Assert.Same(Plans.TargetsOf(Indicator.SigningRate), Plans.TargetsOf(Indicator.SigningRate));
        Assert.Same(Plans.TargetsIn(Unit.Percent), Plans.TargetsIn(Unit.Percent));
        Assert.Same(Plans.LedBy("委规信科"), Plans.LedBy("委规信科"));
        Assert.Same(Plans.Compare(Indicator.SigningRate), Plans.Compare(Indicator.SigningRate));
    }

    [Fact]
    public void LedBy_Alias_FindsWhatTheUnitLeadsUnderItsFullName()
    {
        var byAlias = Plans.LedBy("委规信科");

        Assert.NotEmpty(byAlias);
        Assert.Equal(Plans.LedBy("委规划信息科"), byAlias);
        Assert.All(byAlias, node => Assert.Equal("Nanning2017", node.Plan.Id));
        Assert.All(byAlias, node => Assert.Contains(node.Lead, unit => unit.Unit.Name == "委规划信息科"));
        Assert.Empty(Plans.LedBy("不存在的科室"));
    }

    [Fact]
    public void TargetsDue_Range_IsEarliestFirstAndInclusive()
    {
        var dues = Plans.Targets.Where(t => t.Due is not null).Select(t => t.Due!.Value).ToList();
        var to = new YearMonth(2019, 12);

        var byEnd2019 = Plans.TargetsDueBy(to);
        var in2020 = Plans.TargetsDue(new YearMonth(2020, 1), new YearMonth(2020, 12));

        Assert.Equal(dues.Count(d => d <= to), byEnd2019.Count);
        Assert.Equal(byEnd2019.Select(t => t.Due!.Value).Order(), byEnd2019.Select(t => t.Due!.Value));
        Assert.Contains(byEnd2019, t => t.Deadline == "9月底前" && t.Due == new YearMonth(2019, 9));
        Assert.Equal(dues.Count(d => d.Year == 2020), in2020.Count);
        Assert.All(in2020, t => Assert.Equal(2020, t.Due!.Value.Year));
        Assert.Empty(Plans.TargetsDue(new YearMonth(2030, 1), new YearMonth(2020, 1)));
    }

    [Fact]
    public void Search_Phrase_FindsTasksByTitleAndText()
    {
        var found = Plans.Search("家庭医生签约");

        Assert.Contains(found, node => node.Plan.Id == "Zibo2024" && node.Path == "15");
        Assert.All(found, node => Assert.True((node.Title + node.Text).Replace("\n", string.Empty).Contains("家庭医生签约", StringComparison.Ordinal) || node.Text!.Contains("家庭医生", StringComparison.Ordinal)));
        Assert.Empty(Plans.Search("没有这样的短语"));
        Assert.Empty(Plans.Search(string.Empty));
    }

    [Fact]
    public void Search_LooksThroughWhiteSpaceInTheText()
    {
        var task = new PlanTask("1", 1, "推进家庭医\n生签约服务", null, 3, [], [], []);
        var set = new PlanSet([new Plan("T", null, null, null, null, [task], [])]);

        Assert.Same(task, Assert.Single(set.Search("家庭医生签约")));
        Assert.Same(task, Assert.Single(set.Search("家庭 医生")));
    }

    [Fact]
    public void Compare_Indicator_GivesARowPerPlan()
    {
        var rows = Plans.Compare(Indicator.SigningRate);

        Assert.Equal(Plans.Select(plan => plan.Id), rows.Select(row => row.Plan.Id));
        Assert.Equal(new[] { 0, 0, 0, 2, 2 }, rows.Select(row => row.Targets.Count));
        Assert.All(rows, row => Assert.Equal(Indicator.SigningRate, row.Indicator));
    }

    [Fact]
    public void Find_Id_IsThePlanWithIt()
    {
        Assert.Equal("Zibo2024", Plans.Find("Zibo2024")?.Id);
        Assert.Null(Plans.Find("zibo2024"));
        Assert.Equal(5, Plans.Count);
    }

    [Fact]
    public void Union_KeepsTheFirstPlanOfAnId()
    {
        var first = new Plan("A", "first", null, null, null, [], []);
        var second = new Plan("A", "second", null, null, null, [], []);
        var other = new Plan("B", null, null, null, null, [], []);

        var union = PlanSet.Union(new PlanSet([first]), new PlanSet([second, other]));

        Assert.Equal(new[] { first, other }, union);
        Assert.Contains("'A'", Assert.Throws<ArgumentException>(() => new PlanSet([first, second])).Message);
        Assert.Empty(PlanSet.Union());
    }

    private static List<PlanNode> InOrder(IEnumerable<PlanNode> nodes)
    {
        var order = Plans.SelectMany(plan => plan.Nodes).Select((node, index) => (node, index)).ToDictionary(p => p.node, p => p.index);
        return nodes.Distinct().OrderBy(node => order[node]).ToList();
    }
}
