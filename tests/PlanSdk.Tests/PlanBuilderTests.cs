using System.Linq;
using PlanSdk.Extraction;
using PlanSdk.Tests.Support;
using Xunit;
using static PlanSdk.Tests.Support.EngineModel;

namespace PlanSdk.Tests;

public class PlanBuilderTests
{
    [Fact]
    public void FromExtraction_ContextMention_IsNotATarget()
    {
        var extracted = Plan(Root(), [
            Node("1", NodeKind.Task, 5, mentions: [
                Mention("全市农村县", 16, TargetKind.Context, unit: "个"),
                Mention("签约率", 61, TargetKind.Target),
                Mention("累计筛查", 502, TargetKind.Actual, unit: "例"),
            ]),
        ]);

        var plan = PlanSdk.Plan.FromExtraction(extracted);

        Assert.Equal(["签约率", "累计筛查"], plan.Targets.Select(t => t.IndicatorText));
        Assert.Equal([TargetKind.Target, TargetKind.Actual], plan.Targets.Select(t => t.Kind));
    }

    [Fact]
    public void FromExtraction_RootWithoutTargets_IsNotListed()
    {
        var extracted = Plan(Root(Mention("农村县", 16, TargetKind.Context)), [Node("1", NodeKind.Task, 5)]);

        var plan = PlanSdk.Plan.FromExtraction(extracted);

        Assert.Equal(["1"], plan.Nodes.Select(n => n.Path));
        Assert.Null(plan.FindNode(string.Empty));
    }

    [Fact]
    public void FromExtraction_RootWithTargets_IsListedFirst()
    {
        var extracted = Plan(Root(Mention("总体签约率", 60)), [Node("1", NodeKind.Task, 5)]);

        var plan = PlanSdk.Plan.FromExtraction(extracted);

        var root = Assert.IsType<PlanRoot>(plan.Nodes[0]);
        Assert.Equal(PlanNodeKind.Root, root.Kind);
        Assert.Same(root, plan.FindNode(string.Empty));
        Assert.Equal(string.Empty, Assert.Single(root.Targets).Path);
        Assert.Null(root.ParentPath);
    }

    [Fact]
    public void FromExtraction_Mention_KeepsFigureAndSpanStartAsPosition()
    {
        var extracted = Plan(Root(), [
            Node("2", NodeKind.Section, 3),
            Node("2/7", NodeKind.Task, 46, mentions: [Mention("床位", 1.50m, line: 46, column: 91, unit: "个", comparison: Comparison.Between, max: 2.0m)]),
        ]);

        var target = Assert.Single(PlanSdk.Plan.FromExtraction(extracted).Targets);

        Assert.Equal((46, 91), (target.Line, target.Column));
        Assert.Equal("2/7", target.Path);
        Assert.Equal("1.5", target.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2", target.Max!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new Unit("个"), target.Unit);
        Assert.Equal(Comparison.Between, target.Comparison);
        Assert.Null(target.Name);
    }

    [Fact]
    public void FromExtraction_MentionWithoutUnit_HasNullUnit()
    {
        var extracted = Plan(Root(), [Node("1", NodeKind.Task, 5, mentions: [Mention("出生人口性别比", 116, unit: null)])]);

        Assert.Null(Assert.Single(PlanSdk.Plan.FromExtraction(extracted).Targets).Unit);
    }

    [Fact]
    public void FromExtraction_Nodes_AreSplitIntoSectionsAndTasksInDocumentOrder()
    {
        var extracted = Plan(Root(), [
            Node("1", NodeKind.Section, 3),
            Node("1/1", NodeKind.Task, 4),
            Node("1/2", NodeKind.Task, 5),
            Node("2", NodeKind.Section, 6),
            Node("2/3", NodeKind.Task, 7),
        ]);

        var plan = PlanSdk.Plan.FromExtraction(extracted, "plans/Test2024.txt");

        Assert.Equal(["1", "1/1", "1/2", "2", "2/3"], plan.Nodes.Select(n => n.Path));
        Assert.Equal(["1", "2"], plan.Sections.Select(n => n.Path));
        Assert.Equal(["1/1", "1/2", "2/3"], plan.Tasks.Select(n => n.Path));
        Assert.Equal([3, 4, 5, 6, 7], plan.Nodes.Select(n => n.Line));
        Assert.Equal("plans/Test2024.txt", plan.SourceFile);
        Assert.Equal(("Test2024", 2024), (plan.Id, plan.Year));
    }

    [Theory]
    [InlineData("2/3", "2")]
    [InlineData("2", "")]
    [InlineData("1/4/1", "1/4")]
    public void ParentPath_NumberedNode_IsThePathWithoutItsLastNumber(string path, string parent)
    {
        var extracted = Plan(Root(), [Node(path, NodeKind.Task, 3)]);

        Assert.Equal(parent, PlanSdk.Plan.FromExtraction(extracted).FindNode(path)!.ParentPath);
    }

    [Fact]
    public void FindNode_UnknownPath_ReturnsNull()
    {
        var plan = PlanSdk.Plan.FromExtraction(Plan(Root(), [Node("1", NodeKind.Task, 3)]));

        Assert.Null(plan.FindNode("2"));
    }

    [Fact]
    public void FromExtraction_AliasSpelling_KeepsSpellingAndResolvesToCanonicalUnit()
    {
        var extracted = Plan(
            Root(),
            [
                Node("1", NodeKind.Task, 3, lead: ["委规信科"], participants: ["委机关各科室"]),
                Node("2", NodeKind.Task, 4, lead: ["委规划信息科"]),
            ],
            new ResponsibleUnitEntry("委规划信息科", new[] { "委规信科" }.ToEquatableArray(), false),
            new ResponsibleUnitEntry("委机关各科室", EquatableArray.Empty<string>(), true));

        var plan = PlanSdk.Plan.FromExtraction(extracted);

        var lead = Assert.Single(plan.FindNode("1")!.Lead);
        Assert.Equal("委规信科", lead.Name);
        Assert.True(lead.IsAlias);
        Assert.Same(plan.FindUnit("委规划信息科"), lead.Unit);
        Assert.Same(lead.Unit, Assert.Single(plan.FindNode("2")!.Lead).Unit);
        Assert.Same(plan.FindUnit("委规信科"), plan.FindUnit("委规划信息科"));
        Assert.True(Assert.Single(plan.FindNode("1")!.Participants).Unit.IsCollective);
        Assert.Equal(2, plan.Units.Count);
        Assert.Null(plan.FindUnit("委财务科"));
    }

    [Fact]
    public void FromExtraction_Zibo2024_HoldsTheSpecExampleTarget()
    {
        var plan = ReferencePlans.Load("Zibo2024");

        var task = Assert.IsType<PlanTask>(plan.FindNode("15"));
        var target = task.Targets.First(t => t.IndicatorText == "全人群签约率");
        Assert.Equal(("推进基层医疗卫生服务优化", 46), (task.Title, task.Line));
        Assert.Equal(("全人群签约率达61%以上", 61m, (decimal?)null), (target.Text, target.Value!.Value, target.Max));
        Assert.Equal((Unit.Percent, Comparison.AtLeast, TargetKind.Target), (target.Unit!.Value, target.Comparison, target.Kind));
        Assert.Equal((46, 91), (target.Line, target.Column));
        Assert.True(target.IsMetBy(61.5m));
        Assert.Equal(Indicator.SigningRate, target.Indicator);
        Assert.Same(task, target.Node);
        Assert.Same(plan, target.Plan);
        Assert.Same(plan, task.Plan);
    }

    [Fact]
    public void FromExtraction_Deadline_FallsDueInTheMonthItNames_CountedFromThePlanYear()
    {
        var plan = ReferencePlans.Load("Zhoushan2019");

        var dues = plan.Targets.Where(t => t.Deadline is not null).Select(t => (t.Deadline, t.Due)).Distinct().ToList();

        Assert.Contains(("年底前", new YearMonth(2019, 12)), dues);
        Assert.Contains(("9月底前", new YearMonth(2019, 9)), dues);
        Assert.All(plan.Targets.Where(t => t.Deadline is null), t => Assert.Null(t.Due));
    }

    [Fact]
    public void Target_NotYetInAPlan_SaysSoWhenAskedForItsPlan()
    {
        var target = new Target(null, "签约率", "签约率达60%", 60m, null, Unit.Percent, Comparison.AtLeast, TargetKind.Target, null, 1, 1, "1", false);

        Assert.Contains("belongs to no node", Assert.Throws<System.InvalidOperationException>(() => target.Node).Message);
        Assert.Contains("belongs to no plan", Assert.Throws<System.InvalidOperationException>(() => target.Plan).Message);
        var task = new PlanTask("1", 1, "任务", null, 1, [target], [], []);
        Assert.Same(task, target.Node);
        Assert.Contains("belongs to no plan", Assert.Throws<System.InvalidOperationException>(() => target.Plan).Message);
        Assert.Throws<System.InvalidOperationException>(() => new PlanTask("1", 1, "另一任务", null, 1, [target], [], []));
    }

    [Fact]
    public void FindUnit_Nanning2017Alias_ResolvesToTheFullSpelling()
    {
        var plan = ReferencePlans.Load("Nanning2017");

        Assert.Equal("委规划信息科", plan.FindUnit("委规信科")?.Name);
        Assert.True(plan.FindUnit("委机关各相关科室")?.IsCollective);
    }
}
