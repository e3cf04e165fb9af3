using System.Linq;
using PlanSdk.Extraction.Tests.Support;
using Xunit;

namespace PlanSdk.Extraction.Tests.Corrections;

/// <summary>Corrections applied to the reference plans: the documented example on Zibo2024, unit aliases on Nanning2017.</summary>
public sealed class CorrectionsReferencePlanTests
{
    private const string ZiboExample = """
        {
          "glossary": { "筛查覆盖率": "ScreeningCoverageRate" },
          "targets": [
            { "path": "15", "mention": "61%", "name": "SigningRate" },
            { "path": "3", "mention": "两级", "drop": true },
            { "path": "18", "mention": "100期", "kind": "actual", "value": 120, "max": null, "unit": "期", "comparison": ">=", "indicator": "中医药适宜技术培训", "deadline": "年底前" },
            { "path": "7", "add": { "indicator": "营养健康食堂", "text": "新建营养健康食堂(餐厅)30家", "value": 30, "unit": "家", "comparison": "=", "kind": "target" } }
          ]
        }
        """;

    [Fact]
    public void Zibo2024_Example_AppliesEachCorrection()
    {
        var plan = ReferencePlans.Extract("Zibo2024");

        var corrected = Sidecar.Apply(plan, ZiboExample);

        var signing = Extract.Node(corrected, "15").Mentions[0];
        Assert.Equal(("61%以上", "SigningRate"), (signing.Written, signing.Name));
        Assert.DoesNotContain(Extract.Node(corrected, "3").Mentions, m => m.Written == "两级");
        var training = Assert.Single(Extract.Node(corrected, "18").Mentions, m => m.Written == "100期");
        Assert.Equal(
            (TargetKind.Actual, 120m, (decimal?)null, "期", Comparison.AtLeast, "中医药适宜技术培训", "年底前", "举办100期中医药适宜技术培训"),
            (training.Kind, training.Value!.Value, training.Max, training.Unit, training.Comparison, training.Indicator, training.Deadline, training.Text));
        var node7 = Extract.Node(corrected, "7");
        var added = node7.Mentions[0];
        Assert.Equal(("30家", "营养健康食堂", node7.Span.Line, node7.Span.Column, 0), (added.Written, added.Indicator, added.Span.Line, added.Span.Column, added.Span.Length));
    }

    [Fact]
    public void Zibo2024_Example_LeavesEveryOtherNodeAsItWas()
    {
        var plan = ReferencePlans.Extract("Zibo2024");

        var corrected = Sidecar.Apply(plan, ZiboExample);

        var touched = new[] { "15", "3", "18", "7" };
        for (var i = 0; i < plan.Nodes.Count; i++)
        {
            if (!touched.Contains(plan.Nodes[i].Path))
            {
                Assert.Same(plan.Nodes[i], corrected.Nodes[i]);
            }
        }

        Assert.Equal(plan.Nodes.Select(n => n.Path), corrected.Nodes.Select(n => n.Path));
        Assert.Equal(Extract.Node(plan, "15").Mentions.Skip(1), Extract.Node(corrected, "15").Mentions.Skip(1));
        Assert.Equal(plan.Problems, corrected.Problems);
    }

    [Fact]
    public void Zibo2024_Example_GivesEqualPlansOnEveryRun()
    {
        var first = Sidecar.Apply(ReferencePlans.Extract("Zibo2024"), ZiboExample);
        var second = Sidecar.Apply(ReferencePlans.Extract("Zibo2024"), ZiboExample);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Zibo2024_MentionsThatMatchSeveral_AreReportedWithTheirWrittenForms()
    {
        var json = Sidecar.Targets("{ \"path\": \"18\", \"mention\": \"中医专家\", \"name\": \"Experts\" }");

        var problem = Assert.Single(Sidecar.ApplyProblems(ReferencePlans.Extract("Zibo2024"), json, out _));

        Assert.Equal(ProblemCode.CorrectionMentionAmbiguous, problem.Code);
        Assert.Contains("occurs in the clauses of 2 mentions of node 18 (50个, 250名)", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Nanning2017_PathOfATask_IsSuggestedWhenOnlyItsNumberIsGiven()
    {
        var json = Sidecar.Targets("{ \"path\": \"15\", \"mention\": \"三级\", \"drop\": true }");

        var problem = Assert.Single(Sidecar.ApplyProblems(ReferencePlans.Extract("Nanning2017"), json, out _));

        Assert.Equal(ProblemCode.CorrectionPathNotFound, problem.Code);
        Assert.Contains("has no node with path \"15\"; did you mean 4/15?", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Nanning2017_Drop_OnTheRoot()
    {
        var plan = ReferencePlans.Extract("Nanning2017");

        var corrected = Sidecar.Apply(plan, Sidecar.Targets("{ \"path\": \"\", \"mention\": \"十个\", \"drop\": true }", "{ \"path\": \"4/15\", \"mention\": \"三级\", \"drop\": true }"));

        Assert.Empty(corrected.Root.Mentions);
        Assert.Empty(Extract.Node(corrected, "4/15").Mentions);
    }

    [Fact]
    public void Nanning2017_AliasTheHeuristicAlreadyMade_ChangesNothing()
    {
        var plan = ReferencePlans.Extract("Nanning2017");
        Assert.Equal(new[] { "委基层科" }, Unit(plan, "委基层指导科").Aliases.ToArray());

        var corrected = Sidecar.Apply(plan, "{ \"aliases\": { \"委基层科\": \"委基层指导科\" } }");

        Assert.Same(plan.Units.ToArray()[5], corrected.Units.ToArray()[5]);
        Assert.Equal(plan.Units, corrected.Units);
        Assert.Equal(plan, corrected);
    }

    [Fact]
    public void Nanning2017_TwoSpellingsTheHeuristicKeepsApart_BecomeOneUnit()
    {
        var plan = ReferencePlans.Extract("Nanning2017");
        Assert.Empty(Unit(plan, "委党办").Aliases);

        var corrected = Sidecar.Apply(plan, "{ \"aliases\": { \"委党办\": \"委办公室\" } }");

        var office = Unit(corrected, "委办公室");
        Assert.Equal(new[] { "委党办" }, office.Aliases.ToArray());
        Assert.False(office.Collective);
        Assert.DoesNotContain(corrected.Units, u => u.Name == "委党办");
        Assert.Equal(plan.Units.Count - 1, corrected.Units.Count);
        Assert.Equal(0, corrected.Units.ToList().IndexOf(office));
        Assert.Equal(new[] { "委党办" }, Extract.Node(corrected, "7/27").Lead.ToArray());
        Assert.Same(plan.Nodes[0], corrected.Nodes[0]);
    }

    [Fact]
    public void Nanning2017_Alias_TakesTheUnitThatComesFirst_AndItsAliasesInFirstSeenOrder()
    {
        var plan = ReferencePlans.Extract("Nanning2017");

        var corrected = Sidecar.Apply(plan, "{ \"aliases\": { \"委办公室\": \"委党办\", \"委规划信息科\": \"委基层指导科\" } }");

        var party = corrected.Units[0];
        Assert.Equal("委党办", party.Name);
        Assert.Equal(new[] { "委办公室" }, party.Aliases.ToArray());
        var merged = Unit(corrected, "委基层指导科");
        Assert.Equal(new[] { "委基层科", "委规划信息科", "委规信科" }, merged.Aliases.ToArray());
        Assert.Equal(5, corrected.Units.ToList().IndexOf(merged));
    }

    [Fact]
    public void Nanning2017_CanonicalSpellingTheTextNeverWrites_StillNamesTheUnit()
    {
        var plan = ReferencePlans.Extract("Nanning2017");

        var corrected = Sidecar.Apply(plan, "{ \"aliases\": { \"委规信科\": \"委规划与信息化科\" } }");

        var unit = Unit(corrected, "委规划与信息化科");
        Assert.Equal(new[] { "委规划信息科", "委规信科" }, unit.Aliases.ToArray());
        Assert.DoesNotContain(corrected.Units, u => u.Name == "委规划信息科");
        Assert.Equal(plan.Units.Count, corrected.Units.Count);
    }

    [Fact]
    public void Nanning2017_AliasChain_EndsAtItsLastSpelling()
    {
        var plan = ReferencePlans.Extract("Nanning2017");

        var corrected = Sidecar.Apply(plan, "{ \"aliases\": { \"委党办\": \"委党委办公室\", \"委党委办公室\": \"委办公室\" } }");

        Assert.Equal(new[] { "委党办" }, Unit(corrected, "委办公室").Aliases.ToArray());
        Assert.DoesNotContain(corrected.Units, u => u.Name == "委党委办公室");
    }

    [Fact]
    public void Nanning2017_AliasOfASpellingThePlanNeverUses_IsReported()
    {
        var json = "{ \"aliases\": {\n  \"委党办\": \"委办公室\",\n  \"委宣传处\": \"委宣传科\" } }";

        var problems = Sidecar.ApplyProblems(ReferencePlans.Extract("Nanning2017"), json, out var corrected);

        var problem = Assert.Single(problems);
        Assert.Equal(ProblemCode.CorrectionUnitNotFound, problem.Code);
        Assert.Equal((3, 3), (problem.Span.Line, problem.Span.Column));
        Assert.Equal(Sidecar.FilePath, problem.FilePath);
        Assert.Contains("\"委宣传处\" is not a unit of plan Nanning2017", problem.Message, System.StringComparison.Ordinal);
        Assert.Equal(new[] { "委党办" }, Unit(corrected, "委办公室").Aliases.ToArray());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryReferencePlan_WithoutCorrections_IsReturnedAsItIs(string id)
    {
        var plan = ReferencePlans.Extract(id);

        Assert.Same(plan, Sidecar.Apply(plan, "{ \"glossary\": { \"签约率\": \"SigningRate\" } }"));
    }

    public static TheoryData<string> Ids() => new(ReferencePlans.Ids);

    private static ResponsibleUnitEntry Unit(ExtractedPlan plan, string name) => Assert.Single(plan.Units, u => u.Name == name);
}
