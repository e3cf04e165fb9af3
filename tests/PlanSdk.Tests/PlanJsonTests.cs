using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PlanSdk.Extraction;
using PlanSdk.Tests.Support;
using Xunit;
using static PlanSdk.Tests.Support.EngineModel;

namespace PlanSdk.Tests;

public class PlanJsonTests
{
    private static readonly string[] PlanKeys = ["id", "title", "issuer", "year", "nodes"];
    private static readonly string[] NodeKeys = ["path", "kind", "title", "line", "lead", "participants", "targets"];
    private static readonly string[] TargetKeys = ["name", "indicator", "text", "value", "max", "unit", "comparison", "kind", "deadline", "line", "column"];

    [Fact]
    public void Serialize_Zibo2024_WritesSpecKeysInSpecOrder()
    {
        using var document = JsonDocument.Parse(PlanJson.Serialize(ReferencePlans.Load("Zibo2024")));

        var root = document.RootElement;
        Assert.Equal(PlanKeys, Keys(root));
        var nodes = root.GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(29, nodes.Length);
        Assert.All(nodes, node => Assert.Equal(NodeKeys, Keys(node)));
        var targets = nodes.SelectMany(node => node.GetProperty("targets").EnumerateArray()).ToArray();
        Assert.NotEmpty(targets);
        Assert.All(targets, target => Assert.Equal(TargetKeys, Keys(target)));
    }

    [Fact]
    public void Serialize_Zibo2024_WritesTheSpecExampleTarget()
    {
        var json = PlanJson.Serialize(ReferencePlans.Load("Zibo2024"));

        // Spec section 3, indented as in the export.
        const string Expected = """
                {
                  "name": "SigningRate",
                  "indicator": "全人群签约率",
                  "text": "全人群签约率达61%以上",
                  "value": 61,
                  "max": null,
                  "unit": "%",
                  "comparison": ">=",
                  "kind": "target",
                  "deadline": null,
                  "line": 46,
                  "column": 91
                }
        """;
        Assert.Contains(Expected.Replace("\r\n", "\n", StringComparison.Ordinal), json, StringComparison.Ordinal);
        Assert.Contains("""
              "path": "15",
              "kind": "task",
              "title": "推进基层医疗卫生服务优化",
              "line": 46,
        """, json, StringComparison.Ordinal);
        Assert.StartsWith("""
            {
              "id": "Zibo2024",
              "title": "淄博市卫生健康委员会2024年度工作计划",
              "issuer": "淄博市卫生健康委员会",
              "year": 2024,
              "nodes": [
            """, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ChineseTextAndSymbols_AreWrittenUnescaped()
    {
        var json = PlanJson.Serialize(ReferencePlans.Load("Zibo2024"));

        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
        Assert.Contains("\"comparison\": \">=\"", json, StringComparison.Ordinal);
        Assert.Contains("“三高”", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Output_HasLfLineEndsAndOneFinalNewline()
    {
        var json = PlanJson.Serialize(ReferencePlans.Load("Zibo2024"));

        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.False(json.EndsWith("\n\n", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ReferencePlans.Ids), MemberType = typeof(ReferencePlans))]
    public void Deserialize_SerializedReferencePlan_SerializesToIdenticalText(string id)
    {
        var plan = ReferencePlans.Load(id);
        var json = PlanJson.Serialize(plan);

        var read = PlanJson.Deserialize(json);

        Assert.Equal(json, PlanJson.Serialize(read));
        Assert.Equal(plan.Nodes.Select(n => (n.Path, n.Kind, n.Title, n.Line)), read.Nodes.Select(n => (n.Path, n.Kind, n.Title, n.Line)));
        Assert.Equal(plan.Targets.Count, read.Targets.Count);
    }

    [Theory]
    [MemberData(nameof(ReferencePlans.Ids), MemberType = typeof(ReferencePlans))]
    public void Write_ReferencePlan_WritesTheUtf8OfSerializeWithoutBom(string id)
    {
        var plan = ReferencePlans.Load(id);
        using var stream = new MemoryStream();

        PlanJson.Write(plan, stream);

        Assert.Equal(new UTF8Encoding(false).GetBytes(PlanJson.Serialize(plan)), stream.ToArray());
        stream.Position = 0;
        Assert.Equal(PlanJson.Serialize(plan), PlanJson.Serialize(PlanJson.Read(stream)));
    }

    [Fact]
    public void Serialize_Zhoushan2019_WritesMalformedOnlyForMalformedTargets()
    {
        var plan = ReferencePlans.Load("Zhoushan2019");
        var json = PlanJson.Serialize(plan);

        using var document = JsonDocument.Parse(json);
        var targets = document.RootElement.GetProperty("nodes").EnumerateArray()
            .SelectMany(node => node.GetProperty("targets").EnumerateArray()).ToArray();
        var flagged = targets.Where(t => t.TryGetProperty("malformed", out _)).ToArray();
        Assert.Equal(plan.Targets.Count(t => t.Malformed), flagged.Length);
        Assert.NotEmpty(flagged);
        Assert.All(flagged, t => Assert.True(t.GetProperty("malformed").GetBoolean()));
        Assert.All(flagged, t => Assert.Equal(TargetKeys.Append("malformed"), Keys(t)));
        Assert.DoesNotContain("\"malformed\": false", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_DecimalsWithTrailingZeros_AreWrittenWithoutThem()
    {
        var plan = new Plan("Test2024", null, null, null, null, [Task("1", Figure(61.50m, 100.000m, "1"))], []);

        var json = PlanJson.Serialize(plan);

        Assert.Contains("\"value\": 61.5,", json, StringComparison.Ordinal);
        Assert.Contains("\"max\": 100,", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_RootWithTargets_WritesKindRootWithEmptyPathFirst()
    {
        var extracted = EngineModel.Plan(Root(Mention("总体签约率", 60, line: 2, column: 5)), [Node("1", NodeKind.Task, 5)]);

        using var document = JsonDocument.Parse(PlanJson.Serialize(PlanSdk.Plan.FromExtraction(extracted)));

        var root = document.RootElement.GetProperty("nodes")[0];
        Assert.Equal(string.Empty, root.GetProperty("path").GetString());
        Assert.Equal("root", root.GetProperty("kind").GetString());
        Assert.Equal(1, root.GetProperty("targets").GetArrayLength());
    }

    [Fact]
    public void Serialize_NullMetadata_WritesNulls()
    {
        var plan = new Plan("Test", null, null, null, null, [], []);

        Assert.Equal("{\n  \"id\": \"Test\",\n  \"title\": null,\n  \"issuer\": null,\n  \"year\": null,\n  \"nodes\": []\n}\n", PlanJson.Serialize(plan));
    }

    [Fact]
    public void Deserialize_UnitSpellings_KeepTheSpellingAsWritten()
    {
        var json = Minimal.Replace("\"lead\": []", "\"lead\": [\"委规信科\", \"委办公室\"]", StringComparison.Ordinal);

        var plan = PlanJson.Deserialize(json);

        Assert.Equal(["委规信科", "委办公室"], plan.FindNode("1")!.Lead.Select(u => u.Name));
        Assert.Equal(2, plan.Units.Count);
        Assert.Null(plan.FindNode("1")!.Text);
        Assert.Null(plan.SourceFile);
    }

    [Fact]
    public void Deserialize_GoldFiles_ReadEveryNodeAndTargetAndSerializeToTheSameText()
    {
        var files = Directory.GetFiles(ReferencePlans.GoldDirectory, "*.json");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var json = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
            using var document = JsonDocument.Parse(json);

            var plan = PlanJson.Deserialize(json);

            var nodes = document.RootElement.GetProperty("nodes");
            Assert.Equal(nodes.GetArrayLength(), plan.Nodes.Count);
            Assert.Equal(nodes.EnumerateArray().Sum(n => n.GetProperty("targets").GetArrayLength()), plan.Targets.Count);
            Assert.Equal(Path.GetFileNameWithoutExtension(file), plan.Id);
            Assert.Equal(json, PlanJson.Serialize(plan));
        }
    }

    [Fact]
    public void Deserialize_NotJson_ThrowsPlanJsonExceptionWithPosition()
    {
        var exception = Assert.Throws<PlanJsonException>(() => PlanJson.Deserialize("{\n  \"id\": \"X\",\n  \"title\": oops\n}"));

        Assert.Equal(2, exception.LineNumber);
        Assert.Contains("$.title", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MissingProperty_ThrowsNamingIt()
    {
        var exception = Assert.Throws<PlanJsonException>(() => PlanJson.Deserialize(Minimal.Replace("\"deadline\": \"年底前\",", string.Empty, StringComparison.Ordinal)));

        Assert.Contains("'deadline'", exception.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.nodes[0].targets[0]", exception.Path, StringComparison.Ordinal);
        Assert.Contains("at " + exception.Path, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NullForRequiredText_ThrowsWithPath()
    {
        var exception = Assert.Throws<PlanJsonException>(() => PlanJson.Deserialize(Minimal.Replace("\"indicator\": \"签约率\"", "\"indicator\": null", StringComparison.Ordinal)));

        Assert.Equal("$.nodes[0].targets[0].indicator", exception.Path);
    }

    [Theory]
    [InlineData("\"comparison\": \">=\"", "\"comparison\": \"gte\"", "$.nodes[0].targets[0].comparison")]
    [InlineData("\"kind\": \"target\"", "\"kind\": \"goal\"", "$.nodes[0].targets[0].kind")]
    [InlineData("\"kind\": \"task\"", "\"kind\": \"chapter\"", "$.nodes[0].kind")]
    [InlineData("\"path\": \"1\"", "\"path\": \"1/x\"", "$.nodes[0].path")]
    [InlineData("\"path\": \"1\"", "\"path\": \"0\"", "$.nodes[0].path")]
    [InlineData("\"unit\": \"%\"", "\"unit\": \"\"", "$.nodes[0].targets[0].unit")]
    [InlineData("\"column\": 91", "\"column\": 0", "$.nodes[0].targets[0].column")]
    [InlineData("\"lead\": []", "\"lead\": [\"\"]", "$.nodes[0].lead[0]")]
    public void Deserialize_ValueTheExportNeverWrites_ThrowsWithItsPath(string valid, string invalid, string path)
    {
        Assert.Contains(valid, Minimal, StringComparison.Ordinal);

        var exception = Assert.Throws<PlanJsonException>(() => PlanJson.Deserialize(Minimal.Replace(valid, invalid, StringComparison.Ordinal)));

        Assert.Equal(path, exception.Path);
        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_RootWrittenAsSection_Throws()
    {
        var json = Minimal.Replace("\"path\": \"1\"", "\"path\": \"\"", StringComparison.Ordinal).Replace("\"kind\": \"task\"", "\"kind\": \"section\"", StringComparison.Ordinal);

        var exception = Assert.Throws<PlanJsonException>(() => PlanJson.Deserialize(json));

        Assert.Equal("$.nodes[0].kind", exception.Path);
    }

    [Fact]
    public void Deserialize_DuplicateProperty_Throws()
    {
        var json = Minimal.Replace("\"id\": \"Test\",", "\"id\": \"Test\",\n  \"id\": \"Other\",", StringComparison.Ordinal);

        Assert.Throws<PlanJsonException>(() => PlanJson.Deserialize(json));
    }

    [Fact]
    public void Deserialize_JsonNull_Throws()
    {
        var exception = Assert.Throws<PlanJsonException>(() => PlanJson.Deserialize("null"));

        Assert.Equal("$", exception.Path);
    }

    [Fact]
    public void Deserialize_Minimal_ReadsEveryField()
    {
        var plan = PlanJson.Deserialize(Minimal);

        var target = Assert.Single(plan.Targets);
        Assert.Equal(("Test", "测试", "测试委", 2024), (plan.Id, plan.Title, plan.Issuer, plan.Year));
        Assert.Equal(("1", 1, PlanNodeKind.Task), (plan.Nodes[0].Path, plan.Nodes[0].Number, plan.Nodes[0].Kind));
        Assert.Equal(("签约率", 61m, Unit.Percent, Comparison.AtLeast, TargetKind.Target), (target.IndicatorText, target.Value!.Value, target.Unit!.Value, target.Comparison, target.Kind));
        Assert.Equal(("年底前", 46, 91, "1", false), (target.Deadline, target.Line, target.Column, target.Path, target.Malformed));
        Assert.Equal((Indicator.SigningRate, new YearMonth(2024, 12)), (target.Indicator, target.Due));
        Assert.Equal(Minimal, PlanJson.Serialize(plan));
    }

    private const string Minimal = """
        {
          "id": "Test",
          "title": "测试",
          "issuer": "测试委",
          "year": 2024,
          "nodes": [
            {
              "path": "1",
              "kind": "task",
              "title": "推进基层医疗卫生服务优化",
              "line": 46,
              "lead": [],
              "participants": [],
              "targets": [
                {
                  "name": null,
                  "indicator": "签约率",
                  "text": "签约率达61%以上",
                  "value": 61,
                  "max": null,
                  "unit": "%",
                  "comparison": ">=",
                  "kind": "target",
                  "deadline": "年底前",
                  "line": 46,
                  "column": 91
                }
              ]
            }
          ]
        }

        """;

    private static string[] Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    private static PlanTask Task(string path, params Target[] targets) => new(path, 1, "标题", null, 1, targets, [], []);

    private static Target Figure(decimal value, decimal? max, string path) => new(
        null, "床位", "床位1-2个", value, max, new Unit("个"), Comparison.Between, TargetKind.Target, null, 1, 1, path, false);
}
