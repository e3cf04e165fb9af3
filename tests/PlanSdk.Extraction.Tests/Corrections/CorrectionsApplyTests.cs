using System.Linq;
using PlanSdk.Extraction.Tests.Support;
using Xunit;

namespace PlanSdk.Extraction.Tests.Corrections;

/// <summary>Applying corrections to small plans: each kind of correction, what stays untouched, and each problem.</summary>
public sealed class CorrectionsApplyTests
{
    private static ExtractedPlan TwoTargets => PlanExtractor.Extract("T", Sidecar.TwoTargets);

    [Fact]
    public void Name_IsSetOnTheMention_AndTheOtherMentionStaysTheSame()
    {
        var plan = TwoTargets;

        var corrected = Sidecar.Apply(plan, Sidecar.Targets("{ \"path\": \"1\", \"mention\": \"61%\", \"name\": \"SigningRate\" }"));

        var before = Extract.Node(plan, "1").Mentions;
        var after = Extract.Node(corrected, "1").Mentions;
        Assert.Equal(before[0] with { Name = "SigningRate" }, after[0]);
        Assert.Same(before[1], after[1]);
        Assert.Same(plan.Root, corrected.Root);
        Assert.Equal(plan.Problems, corrected.Problems);
        Assert.Equal(plan.Units, corrected.Units);
    }

    [Fact]
    public void Drop_RemovesTheMention()
    {
        var plan = TwoTargets;

        var corrected = Sidecar.Apply(plan, Sidecar.Targets("{ \"path\": \"1\", \"mention\": \"61%\", \"drop\": true }"));

        Assert.Equal(new[] { "88%以上" }, Extract.Node(corrected, "1").Mentions.Select(m => m.Written).ToArray());
    }

    [Fact]
    public void Override_SetsEveryFieldItNames_AndKeepsWrittenTextAndSpan()
    {
        var plan = TwoTargets;
        var entry = "{ \"path\": \"1\", \"mention\": \"88%\", \"kind\": \"actual\", \"value\": 90.5, \"max\": null, \"unit\": \"‰\", "
            + "\"comparison\": \"~\", \"indicator\": \"65岁以上老年人签约率\", \"deadline\": \"年底前\", \"name\": \"ElderlySigningRate\" }";

        var corrected = Sidecar.Apply(plan, Sidecar.Targets(entry));

        var before = Extract.Node(plan, "1").Mentions[1];
        var after = Extract.Node(corrected, "1").Mentions[1];
        Assert.Equal(
            (TargetKind.Actual, 90.5m, (decimal?)null, "‰", Comparison.Approximately, "65岁以上老年人签约率", "年底前", "ElderlySigningRate"),
            (after.Kind, after.Value!.Value, after.Max, after.Unit, after.Comparison, after.Indicator, after.Deadline, after.Name));
        Assert.Equal((before.Written, before.Text, before.Span, before.Malformed), (after.Written, after.Text, after.Span, after.Malformed));
    }

    [Theory]
    [InlineData("\"value\": null", null, "%")]
    [InlineData("\"unit\": null", "61", null)]
    [InlineData("\"value\": 62, \"unit\": \"个百分点\"", "62", "个百分点")]
    public void Override_WithNull_ClearsTheField(string fields, string? value, string? unit)
    {
        var corrected = Sidecar.Apply(TwoTargets, Sidecar.Targets($"{{ \"path\": \"1\", \"mention\": \"61%\", {fields} }}"));

        var mention = Extract.Node(corrected, "1").Mentions[0];
        Assert.Equal(value, mention.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(unit, mention.Unit);
    }

    [Fact]
    public void Override_ToARange_SetsMaxAndComparison()
    {
        var corrected = Sidecar.Apply(TwoTargets, Sidecar.Targets("{ \"path\": \"1\", \"mention\": \"61%\", \"max\": 65, \"comparison\": \"range\" }"));

        var mention = Extract.Node(corrected, "1").Mentions[0];
        Assert.Equal((61m, 65m, Comparison.Between), (mention.Value!.Value, mention.Max!.Value, mention.Comparison));
    }

    [Fact]
    public void Add_PutsATargetAtTheStartOfTheNode()
    {
        var plan = TwoTargets;
        var node = Extract.Node(plan, "1");

        var corrected = Sidecar.Apply(plan, Sidecar.Targets(
            "{ \"path\": \"1\", \"add\": { \"indicator\": \"营养健康食堂\", \"text\": \"新建营养健康食堂(餐厅)30家\", \"value\": 30, \"unit\": \"家\", \"comparison\": \"=\", \"kind\": \"target\" } }",
            "{ \"path\": \"1\", \"add\": { \"indicator\": \"试点\", \"value\": 1, \"max\": 2, \"unit\": \"个\", \"name\": \"Pilots\", \"deadline\": \"年内\" } }"));

        var mentions = Extract.Node(corrected, "1").Mentions;
        Assert.Equal(new[] { "30家", "1-2个", "61%以上", "88%以上" }, mentions.Select(m => m.Written).ToArray());
        var canteens = mentions[0];
        Assert.Equal(new SourceSpan(node.Span.Start, 0, node.Span.Line, node.Span.Column, node.Span.Line, node.Span.Column), canteens.Span);
        Assert.Equal(("营养健康食堂", "新建营养健康食堂(餐厅)30家", 30m, "家", Comparison.Exactly, TargetKind.Target), (canteens.Indicator, canteens.Text, canteens.Value!.Value, canteens.Unit, canteens.Comparison, canteens.Kind));
        var pilots = mentions[1];
        Assert.Equal(("试点1-2个", 1m, 2m, Comparison.Between, "Pilots", "年内", false), (pilots.Text, pilots.Value!.Value, pilots.Max!.Value, pilots.Comparison, pilots.Name, pilots.Deadline, pilots.Malformed));
        Assert.Same(node.Mentions[0], mentions[2]);
    }

    [Fact]
    public void Add_ToTheRoot_UsesTheEmptyPath()
    {
        var corrected = Sidecar.Apply(TwoTargets, Sidecar.Targets("{ \"path\": \"\", \"add\": { \"indicator\": \"家庭医生\", \"value\": 0.5, \"unit\": \"万人\" } }"));

        var mention = Assert.Single(corrected.Root.Mentions);
        Assert.Equal(("0.5万人", 1, 1), (mention.Written, mention.Span.Line, mention.Span.Column));
    }

    [Theory]
    [InlineData("老年人签约率", "88%以上")]
    [InlineData("全人群签约率达61", "61%以上")]
    [InlineData("88%以上", "88%以上")]
    public void Mention_IsFoundByItsWrittenFormFirst_AndItsClauseSecond(string text, string written)
    {
        var corrected = Sidecar.Apply(TwoTargets, Sidecar.Targets($"{{ \"path\": \"1\", \"mention\": \"{text}\", \"name\": \"Found\" }}"));

        Assert.Equal(written, Assert.Single(Extract.Node(corrected, "1").Mentions, m => m.Name == "Found").Written);
    }

    [Fact]
    public void Mention_WrittenExactly_WinsOverLongerWrittenForms()
    {
        var plan = PlanExtractor.Extract("T", "1.测试任务。甲率达6%,乙率达16%。");

        var corrected = Sidecar.Apply(plan, Sidecar.Targets("{ \"path\": \"1\", \"mention\": \"6%\", \"name\": \"RateA\" }"));

        Assert.Equal(new[] { "RateA", null }, Extract.Node(corrected, "1").Mentions.Select(m => m.Name).ToArray());
    }

    [Fact]
    public void Entries_ApplyInFileOrder()
    {
        var corrected = Sidecar.Apply(TwoTargets, Sidecar.Targets(
            "{ \"path\": \"1\", \"mention\": \"61%\", \"name\": \"SigningRate\" }",
            "{ \"path\": \"1\", \"mention\": \"61%\", \"name\": \"AllSigningRate\" }",
            "{ \"path\": \"1\", \"mention\": \"88%\", \"name\": \"SigningRate\" }"));

        Assert.Equal(new[] { "AllSigningRate", "SigningRate" }, Extract.Node(corrected, "1").Mentions.Select(m => m.Name).ToArray());
    }

    [Fact]
    public void Drop_OfAMalformedNumber_SettlesItsProblem()
    {
        var plan = PlanExtractor.Extract("T", "1.测试任务。投入资金847.34.65万元。");
        Assert.Contains(plan.Problems, p => p.Code == ProblemCode.MalformedNumber);

        var corrected = Sidecar.Apply(plan, Sidecar.Targets("{ \"path\": \"1\", \"mention\": \"847.34.65\", \"drop\": true }"));

        Assert.Empty(Extract.Node(corrected, "1").Mentions);
        Assert.DoesNotContain(corrected.Problems, p => p.Code == ProblemCode.MalformedNumber);
    }

    [Fact]
    public void Value_OfAMalformedNumber_ClearsMalformedAndItsProblem()
    {
        var plan = PlanExtractor.Extract("T", "1.测试任务。投入资金847.34.65万元。");

        var corrected = Sidecar.Apply(plan, Sidecar.Targets("{ \"path\": \"1\", \"mention\": \"847.34.65\", \"value\": 8473465 }"));

        var mention = Assert.Single(Extract.Node(corrected, "1").Mentions);
        Assert.Equal((8473465m, false), (mention.Value!.Value, mention.Malformed));
        Assert.Empty(corrected.Problems);
    }

    [Fact]
    public void Value_OfAnInvertedRange_SettlesItsProblem()
    {
        var plan = PlanExtractor.Extract("T", "1.测试任务。医院数量为5-3个。");
        Assert.Contains(plan.Problems, p => p.Code == ProblemCode.InvertedRange);

        var corrected = Sidecar.Apply(plan, Sidecar.Targets("{ \"path\": \"1\", \"mention\": \"5-3个\", \"value\": 3, \"max\": 5 }"));

        Assert.Equal((3m, 5m), (Extract.Node(corrected, "1").Mentions[0].Value!.Value, Extract.Node(corrected, "1").Mentions[0].Max!.Value));
        Assert.Empty(corrected.Problems);
    }

    [Fact]
    public void RepeatedPath_IsSearchedInEveryNodeWithIt()
    {
        var plan = PlanExtractor.Extract("T", "1.甲。新建10个。\n2.乙,新建10个。\n2.丙,新建20家。");

        var corrected = Sidecar.Apply(plan, Sidecar.Targets("{ \"path\": \"2\", \"mention\": \"20家\", \"name\": \"Third\" }"));

        Assert.Equal("Third", corrected.Nodes[2].Mentions[0].Name);
        Assert.Same(plan.Nodes[1], corrected.Nodes[1]);
    }

    [Fact]
    public void EmptyPlan_TakesAdditionsToTheRoot_AndReportsOtherPaths()
    {
        var plan = PlanExtractor.Extract("T", string.Empty);

        var problems = Sidecar.ApplyProblems(plan, Sidecar.Targets(
            "{ \"path\": \"\", \"add\": { \"indicator\": \"试点\", \"value\": 3 } }",
            "{ \"path\": \"1\", \"mention\": \"3\", \"drop\": true }"), out var corrected);

        Assert.Equal("3", Assert.Single(corrected.Root.Mentions).Written);
        Assert.Contains("it has only the root", Assert.Single(problems).Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{ \"glossary\": { \"签约率\": \"SigningRate\" } }")]
    public void NothingToApply_ReturnsThePlanItself(string json)
    {
        var plan = TwoTargets;

        Assert.Same(plan, Sidecar.Apply(plan, json));
    }

    [Fact]
    public void Apply_IsDeterministic_AndLeavesItsInputAlone()
    {
        var plan = TwoTargets;
        var copy = TwoTargets;
        var corrections = Sidecar.Parse(Sidecar.Targets(
            "{ \"path\": \"1\", \"mention\": \"61%\", \"drop\": true }",
            "{ \"path\": \"1\", \"add\": { \"indicator\": \"试点\", \"value\": 3, \"unit\": \"个\" } }"));

        var first = corrections.Apply(plan, out _);
        var second = corrections.Apply(copy, out _);

        Assert.Equal(first, second);
        Assert.Equal(copy, plan);
        Assert.Equal(2, Extract.Node(plan, "1").Mentions.Count);
    }

    [Theory]
    [InlineData("{ \"path\": \"2\", \"mention\": \"61%\", \"drop\": true }", ProblemCode.CorrectionPathNotFound, "\"2\"", "Plan T has no node with path \"2\"; its paths run from 1 to 1")]
    [InlineData("{ \"path\": \"1\", \"mention\": \"62%\", \"drop\": true }", ProblemCode.CorrectionMentionNotFound, "\"62%\"", "\"62%\" occurs in no mention of node 1, neither in its written form nor in its clause; its mentions are 61%以上, 88%以上.")]
    [InlineData("{ \"path\": \"\", \"mention\": \"61%\", \"drop\": true }", ProblemCode.CorrectionMentionNotFound, "\"61%\"", "Node \"\" (the root) has no quantity mention")]
    [InlineData("{ \"path\": \"1\", \"mention\": \"%以上\", \"drop\": true }", ProblemCode.CorrectionMentionAmbiguous, "\"%以上\"", "\"%以上\" occurs in 2 mentions of node 1 (61%以上, 88%以上)")]
    [InlineData("{ \"path\": \"1\", \"mention\": \"签约率达\", \"drop\": true }", ProblemCode.CorrectionMentionAmbiguous, "\"签约率达\"", "occurs in the clauses of 2 mentions of node 1 (61%以上, 88%以上)")]
    [InlineData("{ \"path\": \"1\", \"mention\": \"61%\", \"comparison\": \"range\" }", ProblemCode.CorrectionInvalidEntry, "{ \"path\"", "After this correction the mention 61%以上 of node 1 has the comparison \"range\" but no \"max\"")]
    [InlineData("{ \"path\": \"1\", \"mention\": \"61%\", \"max\": 70 }", ProblemCode.CorrectionInvalidEntry, "{ \"path\"", "a maximum belongs to the comparison \"range\"")]
    [InlineData("{ \"path\": \"1\", \"mention\": \"61%\", \"max\": 50, \"comparison\": \"range\" }", ProblemCode.CorrectionInvalidEntry, "{ \"path\"", "below its \"value\"")]
    public void Problem_IsReportedAtTheEntry_AndTheEntryIsNotApplied(string entry, ProblemCode code, string at, string message)
    {
        var plan = TwoTargets;
        var json = Sidecar.Targets(entry);

        var problems = Sidecar.ApplyProblems(plan, json, out var corrected);

        var problem = Assert.Single(problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(Sidecar.FilePath, problem.FilePath);
        Assert.Equal(Sidecar.Locate(json, at), (problem.Span.Line, problem.Span.Column));
        Assert.Contains(message, problem.Message, System.StringComparison.Ordinal);
        Assert.Equal(plan, corrected);
    }

    [Theory]
    [InlineData("{ \"path\": \"1\", \"mention\": \"61%\", \"name\": \"SigningRate\" }", "{ \"path\": \"1\", \"mention\": \"88%\", \"name\": \"SigningRate\" }")]
    [InlineData("{ \"path\": \"1\", \"mention\": \"61%\", \"name\": \"SigningRate\" }", "{ \"path\": \"1\", \"add\": { \"indicator\": \"签约率\", \"value\": 1, \"name\": \"SigningRate\" } }")]
    public void DuplicateName_OnOneNode_IsReportedAtTheSecondName(string first, string second)
    {
        var json = Sidecar.Targets(first, second);

        var problems = Sidecar.ApplyProblems(TwoTargets, json, out var corrected);

        var problem = Assert.Single(problems);
        Assert.Equal(ProblemCode.CorrectionDuplicateName, problem.Code);
        Assert.Equal(3, problem.Span.Line);
        Assert.Equal("\"SigningRate\"", json.Split('\n')[2].Substring(problem.Span.Column - 1, problem.Span.EndColumn - problem.Span.Column));
        Assert.Contains("The name \"SigningRate\" is already given to the mention 61%以上 of node 1", problem.Message, System.StringComparison.Ordinal);
        Assert.Equal(new[] { "SigningRate" }, Extract.Node(corrected, "1").Mentions.Select(m => m.Name).Where(n => n is not null).ToArray());
    }

    [Fact]
    public void SameName_OnAnotherNode_IsFine()
    {
        var plan = PlanExtractor.Extract("T", "1.甲。签约率达61%。\n2.乙。签约率达62%。");

        var corrected = Sidecar.Apply(plan, Sidecar.Targets(
            "{ \"path\": \"1\", \"mention\": \"61%\", \"name\": \"SigningRate\" }",
            "{ \"path\": \"2\", \"mention\": \"62%\", \"name\": \"SigningRate\" }"));

        Assert.All(corrected.Nodes, n => Assert.Equal("SigningRate", n.Mentions[0].Name));
    }

    [Fact]
    public void ProblemsOfApply_AreInFileOrder_AndTheGoodEntriesStillApply()
    {
        var json = Sidecar.Targets(
            "{ \"path\": \"9\", \"mention\": \"61%\", \"drop\": true }",
            "{ \"path\": \"1\", \"mention\": \"61%\", \"name\": \"SigningRate\" }",
            "{ \"path\": \"1\", \"mention\": \"77%\", \"drop\": true }");

        var problems = Sidecar.ApplyProblems(TwoTargets, json, out var corrected);

        Assert.Equal(new[] { (ProblemCode.CorrectionPathNotFound, 2), (ProblemCode.CorrectionMentionNotFound, 4) }, problems.Select(p => (p.Code, p.Span.Line)).ToArray());
        Assert.Equal("SigningRate", Extract.Node(corrected, "1").Mentions[0].Name);
    }
}
