using System.Linq;
using PlanSdk.Extraction.Diagnostics;
using Xunit;

namespace PlanSdk.Extraction.Tests.Diagnostics;

/// <summary>
/// One case per PLAN diagnostic: a small plan (with its corrections or lock file where the
/// diagnostic is about one) that triggers it, and the id, severity, file, line, column and message
/// the build and <c>plansdk check</c> report. PLAN033 (two plans with one id) is a project-level
/// diagnostic, tested with the generator; PLAN090 reports an engine failure, which no input causes.
/// </summary>
public sealed class DiagnosticTests
{
    private const string Corrections = "plans/T.plan.json";
    private const string Lock = "plans/T.plan.lock";

    [Theory]
    [InlineData("PLAN001", "1.任务。发病率847.34.65/10万。", null, null, null, 1, 9, "The number in '847.34.65/10万' cannot be read")]
    [InlineData("PLAN002", "1.任务。新建社区医院5-3个。", null, null, null, 1, 12, "The range '5-3个' runs from 5 down to 3.")]
    [InlineData("PLAN003", "1.任务。签约率达到120%。", null, null, null, 1, 11, "over 100 %")]
    [InlineData("PLAN004", "1.任务。建设15县示范。", null, null, null, 1, 8, "'15县示' has a number but no unit or classifier the engine knows")]
    [InlineData("PLAN010", "1.甲。\n2.乙。\n2.丙。\n", null, null, null, 3, 1, "Heading 2. repeats number 2 of the heading before it.")]
    [InlineData("PLAN011", "1.甲。\n3.乙。\n", null, null, null, 2, 1, "Heading 3. skips from 1 to 3.")]
    [InlineData("PLAN012", "1.甲。\n2.乙。\n1.丙。\n", null, null, null, 3, 1, "Heading 1. comes after number 2.")]
    [InlineData("PLAN013", "一、甲\n(一)乙。\n1.丙。\n二、丁\n1.戊。\n", null, null, null, 5, 1, "Heading 1. is nested deeper than the level below its parent.")]
    [InlineData("PLAN020", "1.任务。做好宣传。(委机关各相关科室参与落实)", null, null, null, 1, 11, "The responsibility clause of 1 names participants but no lead unit.")]
    [InlineData("PLAN021", "1.任务。做好宣传。(委办公室牵头,参与落实)", null, null, null, 1, 11, "has no unit before its verb")]
    [InlineData("PLAN022", "1.甲。(委规信科牵头,委办公室参与落实)\n2.乙。(委规划信息科牵头,委办公室参与落实)\n", null, null, null, 1, 6, "'委规信科' is read as another spelling of '委规划信息科' (did you mean '委规划信息科'?)")]
    [InlineData("PLAN023", "1.任务。城市签约率达到60%,农村签约率达到50%。", null, null, null, 1, 24, "'50%' is named SigningRate2.")]
    [InlineData("PLAN030", "1.任务。\uFFFD\uFFFD签约率达到60%。", null, null, null, 1, 6, "not UTF-8")]
    [InlineData("PLAN031", "", null, null, null, 1, 1, "The plan text is empty.")]
    [InlineData("PLAN032", "全市卫生健康工作要坚持人民至上。", null, null, null, 1, 1, "No numbered heading")]
    [InlineData("PLAN040", "1.任务。签约率达到60%。", "{", null, Corrections, 1, 2, "")]
    [InlineData("PLAN041", "1.任务。签约率达到60%。", "{ \"foo\": 1 }", null, Corrections, 1, 3, "foo")]
    [InlineData("PLAN042", "1.任务。签约率达到60%。", "{ \"targets\": 5 }", null, Corrections, 1, 14, "")]
    [InlineData("PLAN043", "1.任务。签约率达到60%。", "{ \"targets\": [ { \"path\": \"1\" } ] }", null, Corrections, 1, 16, "")]
    [InlineData("PLAN044", "1.任务。签约率达到60%。", "{ \"targets\": [ { \"path\": \"9\", \"mention\": \"60%\", \"drop\": true } ] }", null, Corrections, 1, 26, "no node with path \"9\"")]
    [InlineData("PLAN045", "1.任务。签约率达到60%。", "{ \"targets\": [ { \"path\": \"1\", \"mention\": \"99%\", \"drop\": true } ] }", null, Corrections, 1, 42, "99%")]
    [InlineData("PLAN046", "1.任务。签约率达到60%,满意率达到60%。", "{ \"targets\": [ { \"path\": \"1\", \"mention\": \"60%\", \"drop\": true } ] }", null, Corrections, 1, 42, "60%")]
    [InlineData("PLAN047", "1.任务。签约率达到60%。", "{ \"targets\": [ { \"path\": \"1\", \"mention\": \"60%\", \"name\": \"1x\" } ] }", null, Corrections, 1, 57, "it starts with a digit")]
    [InlineData("PLAN048", "1.任务。签约率达到60%,满意率达到50%。", "{ \"targets\": [ { \"path\": \"1\", \"mention\": \"60%\", \"name\": \"A\" }, { \"path\": \"1\", \"mention\": \"50%\", \"name\": \"A\" } ] }", null, Corrections, 1, 105, "A")]
    [InlineData("PLAN049", "1.任务。签约率达到60%。", "{ \"targets\": [ { \"path\": \"1\", \"mention\": \"60%\", \"comparison\": \"≈\" } ] }", null, Corrections, 1, 63, "≈")]
    [InlineData("PLAN050", "1.任务。签约率达到60%。", "{ \"aliases\": { \"委甲科\": \"委乙科\" } }", null, Corrections, 1, 16, "委甲科")]
    [InlineData("PLAN101", "1.任务。签约率达到60%。", null, "1\tSigningRate\t=\t61\t\t%\ttarget", null, 1, 11, "T.Task1.SigningRate changed from = 61 % to = 60 %; run plansdk lock if the change is intended.")]
    [InlineData("PLAN102", "1.任务。签约率达到60%。", null, "1\tSigningRate\t=\t60\t\t%\ttarget\n1\tGone\t=\t5\t\t个\ttarget", Lock, 2, 1, "T.Task1.Gone (= 5 个) is locked but no longer in the plan")]
    [InlineData("PLAN103", "1.任务。签约率达到60%,满意率达到50%。", null, "1\tSigningRate\t=\t60\t\t%\ttarget", null, 1, 20, "T.Task1.SatisfactionRate (= 50 %) is not locked yet")]
    [InlineData("PLAN104", "1.任务。签约率达到60%。", null, "1\tSigningRate\t=\t60\t\t%\ttarget\ngarbage", Lock, 2, 1, "Line 2 of the lock file cannot be read")]
    public void Diagnostic_TriggeredBySmallPlan_IsReportedWhereItBelongs(
        string id, string plan, string? corrections, string? lockText, string? file, int line, int column, string message)
    {
        var problems = Read(plan, corrections, lockText);
        var entry = DiagnosticCatalog.All.Single(d => d.Id == id);

        var problem = Assert.Single(problems, p => p.Code == entry.Code);
        Assert.Equal(file, problem.FilePath);
        Assert.Equal((line, column), (problem.Span.Line, problem.Span.Column));
        Assert.Contains(message, problem.Message, System.StringComparison.Ordinal);
        Assert.Equal(ExpectedSeverity(id), entry.Severity);
    }

    [Fact]
    public void Problems_OfACleanPlan_AreNone()
    {
        Assert.Empty(Read("1.任务。签约率达到60%。(委办公室牵头,委财务科参与落实)", null, null));
    }

    [Fact]
    public void DeclaredAlias_SilencesTheAliasGuess()
    {
        var plan = "1.甲。(委规信科牵头,委办公室参与落实)\n2.乙。(委规划信息科牵头,委办公室参与落实)\n";

        Assert.Empty(Read(plan, "{ \"aliases\": { \"委规信科\": \"委规划信息科\" } }", null));
    }

    [Fact]
    public void AliasDeclaredAsItsOwnUnit_UndoesTheGuessAndSilencesIt()
    {
        var text = "1.甲。(委规信科牵头,委办公室参与落实)\n2.乙。(委规划信息科牵头,委办公室参与落实)\n";
        var corrections = PlanCorrections.Parse("{ \"aliases\": { \"委规信科\": \"委规信科\" } }", Corrections, out var problems);

        var plan = PlanReader.Read("T", text, PlanSidecars.None with { Corrections = corrections, CorrectionProblems = problems.ToEquatableArray() });

        Assert.Empty(plan.Problems);
        Assert.Empty(plan.Units.Single(u => u.Name == "委规信科").Aliases);
        Assert.Empty(plan.Units.Single(u => u.Name == "委规划信息科").Aliases);
    }

    [Fact]
    public void CorrectionName_EqualToAnEngineName_KeepsItAndTheEngineNameMakesWay()
    {
        var text = "1.任务。全人群签约率达到60%,老年人签约率达到50%。";
        var corrections = PlanCorrections.Parse("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"50%\", \"name\": \"SigningRate\" } ] }", Corrections, out var problems);

        var plan = PlanReader.Read("T", text, PlanSidecars.None with { Corrections = corrections, CorrectionProblems = problems.ToEquatableArray() });

        Assert.Equal(new[] { "SigningRate2", "SigningRate" }, plan.Nodes.Single().Mentions.Select(m => m.Name));
    }

    private static EquatableArray<ExtractionProblem> Read(string plan, string? corrections, string? lockText)
    {
        var sidecars = PlanSidecars.None;
        if (corrections is not null)
        {
            var parsed = PlanCorrections.Parse(corrections, Corrections, out var problems);
            sidecars = sidecars with { Corrections = parsed, CorrectionProblems = problems.ToEquatableArray() };
        }

        if (lockText is not null)
        {
            var parsed = TargetLock.Parse(lockText, Lock, out var problems);
            sidecars = sidecars with { Lock = parsed, LockProblems = problems.ToEquatableArray() };
        }

        return PlanReader.Read("T", plan, sidecars).Problems;
    }

    private static PlanDiagnosticSeverity ExpectedSeverity(string id) => id switch
    {
        "PLAN004" or "PLAN022" or "PLAN023" or "PLAN103" => PlanDiagnosticSeverity.Info,
        "PLAN030" or "PLAN040" or "PLAN042" or "PLAN043" or "PLAN044" or "PLAN045" or "PLAN046" or "PLAN047" or "PLAN048" or "PLAN049" or "PLAN104" => PlanDiagnosticSeverity.Error,
        _ => PlanDiagnosticSeverity.Warning,
    };
}
