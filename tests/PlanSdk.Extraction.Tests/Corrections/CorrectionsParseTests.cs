using System.Linq;
using Xunit;

namespace PlanSdk.Extraction.Tests.Corrections;

/// <summary>Reading a corrections file: its model, and every problem at the JSON value concerned.</summary>
public sealed class CorrectionsParseTests
{
    private const string Example = """
        {
          "glossary": { "筛查覆盖率": "ScreeningCoverageRate", "签约率": "签约率指标" },
          "aliases": { "委规信科": "委规划信息科" },
          "targets": [
            { "path": "15", "mention": "61%", "name": "SigningRate" },
            { "path": "3", "mention": "两级", "drop": true },
            { "path": "18", "mention": "100期", "kind": "actual", "value": 120, "max": null, "unit": "期", "comparison": ">=", "indicator": "中医药适宜技术培训", "deadline": "年底前" },
            { "path": "7", "add": { "indicator": "营养健康食堂", "text": "新建营养健康食堂(餐厅)30家", "value": 30, "unit": "家", "comparison": "=", "kind": "target" } }
          ]
        }
        """;

    [Fact]
    public void Example_IsReadInFileOrder()
    {
        var corrections = Sidecar.Parse(Example);

        Assert.Equal(Sidecar.FilePath, corrections.FilePath);
        Assert.Equal(new[] { ("筛查覆盖率", "ScreeningCoverageRate"), ("签约率", "签约率指标") }, corrections.Glossary.ToArray());
        var alias = Assert.Single(corrections.Aliases);
        Assert.Equal(("委规信科", "委规划信息科"), (alias.Spelling, alias.Canonical));
        Assert.Equal((3, 16), (alias.Span.Line, alias.Span.Column));
        Assert.Equal(new[] { "15", "3", "18", "7" }, corrections.Targets.Select(t => t.Path).ToArray());
    }

    [Fact]
    public void Example_EntriesSetOnlyTheFieldsTheyName()
    {
        var targets = Sidecar.Parse(Example).Targets;

        Assert.Equal(MentionFields.Name, targets[0].Edit.Fields);
        Assert.Equal("SigningRate", targets[0].Edit.Name);
        Assert.Equal((5, 47), (targets[0].NameSpan!.Line, targets[0].NameSpan!.Column));
        Assert.Equal((5, 32), (targets[0].MentionSpan.Line, targets[0].MentionSpan.Column));
        Assert.Equal((5, 15), (targets[0].PathSpan.Line, targets[0].PathSpan.Column));
        Assert.True(targets[1].Drop);
        Assert.Equal(MentionFields.None, targets[1].Edit.Fields);
        var edit = targets[2].Edit;
        Assert.Equal(
            MentionFields.Kind | MentionFields.Value | MentionFields.Max | MentionFields.Unit | MentionFields.Comparison | MentionFields.Indicator | MentionFields.Deadline,
            edit.Fields);
        Assert.Equal((TargetKind.Actual, 120m, (decimal?)null, "期", Comparison.AtLeast, "中医药适宜技术培训", "年底前"), (edit.Kind, edit.Value, edit.Max, edit.Unit, edit.Comparison, edit.Indicator, edit.Deadline));
        Assert.True(targets[3].IsAddition);
        Assert.Null(targets[3].Mention);
        Assert.Equal(("营养健康食堂", "新建营养健康食堂(餐厅)30家", 30m, "家"), (targets[3].Edit.Indicator, targets[3].Edit.Text, targets[3].Edit.Value, targets[3].Edit.Unit));
    }

    [Fact]
    public void SameText_GivesEqualCorrections()
    {
        var first = Sidecar.Parse(Example);
        var second = Sidecar.Parse(Example);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, Sidecar.Parse(Example.Replace("SigningRate", "Signing", System.StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{ \"glossary\": {}, \"aliases\": {}, \"targets\": [] }")]
    public void EmptyFile_CorrectsNothing(string json) => Assert.True(Sidecar.Parse(json).IsEmpty);

    [Theory]
    [InlineData("max", "{ \"path\": \"1\", \"mention\": \"5\", \"value\": 1, \"max\": 2, \"comparison\": \"range\" }", "range", 2)]
    [InlineData("null clears", "{ \"path\": \"1\", \"mention\": \"5\", \"unit\": null, \"deadline\": null, \"name\": null }", "=", null)]
    [InlineData("add with max", "{ \"path\": \"1\", \"add\": { \"indicator\": \"试点\", \"value\": 1, \"max\": 2, \"unit\": \"个\" } }", "range", 2)]
    [InlineData("add", "{ \"path\": \"\", \"add\": { \"indicator\": \"试点\", \"value\": 1 } }", "=", null)]
    public void Entry_IsRead(string what, string entry, string comparison, int? max)
    {
        var target = Assert.Single(Sidecar.Parse(Sidecar.Targets(entry)).Targets);

        Assert.True(target.Edit.Comparison.ToSymbol() == comparison || !target.Edit.Sets(MentionFields.Comparison), what);
        Assert.Equal(max, (int?)target.Edit.Max);
    }

    [Fact]
    public void Add_DefaultsToAnExactTarget()
    {
        var edit = Sidecar.Parse(Sidecar.Targets("{ \"path\": \"1\", \"add\": { \"indicator\": \"试点\", \"value\": 3 } }")).Targets[0].Edit;

        Assert.Equal((Comparison.Exactly, TargetKind.Target), (edit.Comparison, edit.Kind));
    }

    [Theory]
    [InlineData("{ \"path\": \"1\",\n  \"mention\": \"5\" \"drop\": true }", 2, 18, "expected ',' or '}'")]
    [InlineData("{\n  \"targets\": [\n    { \"path\": \"1\", \"mention\": \"5\", \"drop\": true },\n  ]\n}", 4, 3, "trailing comma")]
    [InlineData("{ \"aliases\": { \"a\": \"b\", \"a\": \"c\" } }", 1, 26, "duplicate key \"a\"")]
    [InlineData("", 1, 1, "expected a value")]
    public void InvalidJson_GivesEmptyCorrectionsAndOneProblemAtItsLineAndColumn(string json, int line, int column, string message)
    {
        var corrections = PlanCorrections.Parse(json, Sidecar.FilePath, out var problems);

        Assert.True(corrections.IsEmpty);
        var problem = Assert.Single(problems);
        Assert.Equal(ProblemCode.CorrectionInvalidJson, problem.Code);
        Assert.Equal(Sidecar.FilePath, problem.FilePath);
        Assert.Equal((line, column), (problem.Span.Line, problem.Span.Column));
        Assert.Contains(message, problem.Message, System.StringComparison.Ordinal);
        Assert.Contains($"line {line}, column {column}", problem.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    // Unknown keys, at the key.
    [InlineData("{ \"glosary\": {} }", ProblemCode.CorrectionUnknownKey, "\"glosary\"", "\"glosary\"")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\", \"nmae\": \"X\" } ] }", ProblemCode.CorrectionUnknownKey, "\"nmae\"", "\"nmae\"")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\", \"text\": \"X\" } ] }", ProblemCode.CorrectionUnknownKey, "\"text\"", "only inside \"add\"")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"add\": { \"indicator\": \"a\", \"value\": 1, \"drop\": true } } ] }", ProblemCode.CorrectionUnknownKey, "\"drop\"", "in \"add\"")]
    // Wrong types, at the value.
    [InlineData("[]", ProblemCode.CorrectionWrongType, "[]", "one JSON object")]
    [InlineData("{ \"glossary\": [] }", ProblemCode.CorrectionWrongType, "[]", "not an array")]
    [InlineData("{ \"glossary\": { \"签约率\": 1 } }", ProblemCode.CorrectionWrongType, "1", "must be a string, not a number")]
    [InlineData("{ \"aliases\": { \"委规信科\": null } }", ProblemCode.CorrectionWrongType, "null", "not null")]
    [InlineData("{ \"targets\": {} }", ProblemCode.CorrectionWrongType, "{}", "must be an array")]
    [InlineData("{ \"targets\": [ \"15\" ] }", ProblemCode.CorrectionWrongType, "\"15\"", "must be an object")]
    [InlineData("{ \"targets\": [ { \"path\": 15, \"mention\": \"5\", \"drop\": true } ] }", ProblemCode.CorrectionWrongType, "15", "\"path\" must be a string")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": 5, \"drop\": true } ] }", ProblemCode.CorrectionWrongType, "5", "\"mention\" must be a string")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\", \"drop\": \"yes\" } ] }", ProblemCode.CorrectionWrongType, "\"yes\"", "true or false")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\", \"value\": \"120\" } ] }", ProblemCode.CorrectionWrongType, "\"120\"", "\"value\" must be a number or null, not a string")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\", \"max\": true } ] }", ProblemCode.CorrectionWrongType, "true", "\"max\" must be a number or null")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\", \"unit\": 1 } ] }", ProblemCode.CorrectionWrongType, "1 }", "\"unit\"")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\", \"indicator\": null } ] }", ProblemCode.CorrectionWrongType, "null", "\"indicator\" must be a string")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\", \"deadline\": [] } ] }", ProblemCode.CorrectionWrongType, "[] }", "\"deadline\"")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\", \"kind\": 1 } ] }", ProblemCode.CorrectionWrongType, "1 }", "\"kind\"")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\", \"comparison\": null } ] }", ProblemCode.CorrectionWrongType, "null", "\"comparison\"")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\", \"name\": 7 } ] }", ProblemCode.CorrectionWrongType, "7", "\"name\"")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"add\": \"x\" } ] }", ProblemCode.CorrectionWrongType, "\"x\"", "\"add\" must be an object")]
    // Incomplete or contradictory entries.
    [InlineData("{ \"targets\": [ { \"mention\": \"5\", \"drop\": true } ] }", ProblemCode.CorrectionInvalidEntry, "{ \"mention\"", "needs a \"path\"")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"drop\": true } ] }", ProblemCode.CorrectionInvalidEntry, "{ \"path\"", "needs a \"mention\"")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\", \"add\": { \"indicator\": \"a\", \"value\": 1 } } ] }", ProblemCode.CorrectionInvalidEntry, "{ \"indicator\"", "not both")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"\", \"drop\": true } ] }", ProblemCode.CorrectionInvalidEntry, "\"\"", "must not be empty")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\" } ] }", ProblemCode.CorrectionInvalidEntry, "{ \"path\"", "changes nothing")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\", \"drop\": false } ] }", ProblemCode.CorrectionInvalidEntry, "{ \"path\"", "changes nothing")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\", \"drop\": true, \"name\": \"A\" } ] }", ProblemCode.CorrectionInvalidEntry, "true", "drops the mention and also sets \"name\"")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"name\": \"A\", \"add\": { \"indicator\": \"a\", \"value\": 1 } } ] }", ProblemCode.CorrectionInvalidEntry, "\"name\"", "inside the \"add\" object")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"add\": { \"indicator\": \"a\" } } ] }", ProblemCode.CorrectionInvalidEntry, "{ \"indicator\"", "needs a \"value\"")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"add\": { \"indicator\": \"a\", \"value\": null } } ] }", ProblemCode.CorrectionInvalidEntry, "{ \"indicator\"", "needs a \"value\"")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"add\": { \"value\": 1 } } ] }", ProblemCode.CorrectionInvalidEntry, "{ \"value\"", "needs an \"indicator\"")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"add\": { \"indicator\": \"a\", \"value\": 1, \"comparison\": \"range\" } } ] }", ProblemCode.CorrectionInvalidEntry, "{ \"indicator\"", "\"range\" but no \"max\"")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"add\": { \"indicator\": \"a\", \"value\": 1, \"max\": 3, \"comparison\": \">=\" } } ] }", ProblemCode.CorrectionInvalidEntry, "{ \"indicator\"", "belongs to the comparison \"range\"")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"add\": { \"indicator\": \"a\", \"value\": 5, \"max\": 3 } } ] }", ProblemCode.CorrectionInvalidEntry, "{ \"indicator\"", "below its \"value\"")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"add\": { \"indicator\": \"\", \"value\": 5 } } ] }", ProblemCode.CorrectionInvalidEntry, "\"\"", "\"indicator\" must not be empty")]
    [InlineData("{ \"glossary\": { \"\": \"A\" } }", ProblemCode.CorrectionInvalidEntry, "\"\"", "empty string")]
    [InlineData("{ \"aliases\": { \"委办\": \"\" } }", ProblemCode.CorrectionInvalidEntry, "\"\"", "neither may be empty")]
    [InlineData("{ \"aliases\": { \"甲科\": \"乙科\",\n  \"乙科\": \"丙科\",\n  \"丙科\": \"甲科\" } }", ProblemCode.CorrectionInvalidEntry, "\"甲科\" }", "丙科 → 甲科 → 乙科 → 丙科")]
    // Names.
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\", \"name\": \"1Rate\" } ] }", ProblemCode.CorrectionInvalidName, "\"1Rate\"", "starts with a digit")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\", \"name\": \"class\" } ] }", ProblemCode.CorrectionInvalidName, "\"class\"", "C# keyword")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\", \"name\": \"Signing Rate\" } ] }", ProblemCode.CorrectionInvalidName, "\"Signing Rate\"", "' ' cannot stand in a C# identifier")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\", \"name\": \"\" } ] }", ProblemCode.CorrectionInvalidName, "\"\"", "it is empty")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"add\": { \"indicator\": \"a\", \"value\": 1, \"name\": \"签约率%\" } } ] }", ProblemCode.CorrectionInvalidName, "\"签约率%\"", "'%' cannot stand in a C# identifier")]
    [InlineData("{ \"glossary\": {\n  \"筛查覆盖率\": \"Screening-Rate\" } }", ProblemCode.CorrectionInvalidName, "\"Screening-Rate\"", "the member name of \"筛查覆盖率\"")]
    // Symbols.
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\", \"comparison\": \"=>\" } ] }", ProblemCode.CorrectionUnknownSymbol, "\"=>\"", "Unknown comparison \"=>\"")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\", \"comparison\": \"≥\" } ] }", ProblemCode.CorrectionUnknownSymbol, "\"≥\"", "=, >=, <=, >, <, ~ and range")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"mention\": \"5\", \"kind\": \"goal\" } ] }", ProblemCode.CorrectionUnknownSymbol, "\"goal\"", "Unknown kind \"goal\"")]
    [InlineData("{ \"targets\": [ { \"path\": \"1\", \"add\": { \"indicator\": \"a\", \"value\": 1, \"kind\": \"Target\" } } ] }", ProblemCode.CorrectionUnknownSymbol, "\"Target\"", "target, actual and context")]
    public void Problem_IsReportedAtTheJsonValue(string json, ProblemCode code, string at, string message)
    {
        var corrections = PlanCorrections.Parse(json, Sidecar.FilePath, out var problems);

        var problem = Assert.Single(problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(Sidecar.FilePath, problem.FilePath);
        Assert.Equal(Sidecar.Locate(json, at), (problem.Span.Line, problem.Span.Column));
        Assert.Contains(message, problem.Message, System.StringComparison.Ordinal);
        Assert.Empty(corrections.Targets);
    }

    [Fact]
    public void Problem_OnALaterLine_HasThatLineAndColumn()
    {
        var problems = Sidecar.ParseProblems("{\n  \"targets\": [\n    { \"path\": \"1\",\n      \"mention\": \"61%\",\r\n      \"kind\": \"goal\" }\n  ]\n}");

        var problem = Assert.Single(problems);
        Assert.Equal((5, 15, 5, 21), (problem.Span.Line, problem.Span.Column, problem.Span.EndLine, problem.Span.EndColumn));
    }

    [Fact]
    public void WrongEntry_IsLeftOut_AndTheOthersAreKept()
    {
        var corrections = PlanCorrections.Parse(
            Sidecar.Targets(
                "{ \"path\": \"1\", \"mention\": \"61%\", \"name\": \"SigningRate\" }",
                "{ \"path\": \"1\", \"mention\": \"88%\", \"name\": \"class\" }",
                "{ \"path\": \"1\", \"mention\": \"88%\", \"kind\": \"goal\", \"nmae\": 1 }"),
            Sidecar.FilePath,
            out var problems);

        Assert.Equal("61%", Assert.Single(corrections.Targets).Mention);
        Assert.Equal(
            new[] { (ProblemCode.CorrectionInvalidName, 3), (ProblemCode.CorrectionUnknownSymbol, 4), (ProblemCode.CorrectionUnknownKey, 4) },
            problems.Select(p => (p.Code, p.Span.Line)).ToArray());
    }

    [Fact]
    public void Aliases_ThatChain_AreKept()
    {
        var aliases = Sidecar.Parse("{ \"aliases\": { \"甲\": \"乙\", \"乙\": \"丙\" } }").Aliases;

        Assert.Equal(new[] { ("甲", "乙"), ("乙", "丙") }, aliases.Select(a => (a.Spelling, a.Canonical)).ToArray());
    }

    [Theory]
    [InlineData("SigningRate")]
    [InlineData("_rate2")]
    [InlineData("签约率")]
    [InlineData("Rate_签约2")]
    [InlineData("record")]
    public void ValidName_IsAccepted(string name) =>
        Sidecar.Parse(Sidecar.Targets($"{{ \"path\": \"1\", \"mention\": \"5\", \"name\": \"{name}\" }}"));

    [Fact]
    public void EveryTruncation_OfTheExample_IsReportedAsInvalidJson()
    {
        for (var length = 0; length < Example.Length - 1; length++)
        {
            var corrections = PlanCorrections.Parse(Example.Substring(0, length), Sidecar.FilePath, out var problems);

            Assert.True(corrections.IsEmpty);
            Assert.Equal(ProblemCode.CorrectionInvalidJson, Assert.Single(problems).Code);
        }
    }

    [Fact]
    public void NullArguments_DoNotThrow()
    {
        var corrections = PlanCorrections.Parse(null!, null!, out var problems);

        Assert.True(corrections.IsEmpty);
        Assert.Equal(ProblemCode.CorrectionInvalidJson, Assert.Single(problems).Code);
    }
}
