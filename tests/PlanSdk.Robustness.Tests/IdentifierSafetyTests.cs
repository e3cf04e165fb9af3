using System;
using System.Linq;
using PlanSdk.Robustness.Tests.Support;
using Xunit;

namespace PlanSdk.Robustness.Tests;

/// <summary>
/// Names that are not C# identifiers as they stand — keywords, leading digits, collisions, characters an
/// identifier cannot hold, names the generated code already uses — become identifiers that compile without a
/// warning and still read like the name: plan file names (class names), unit names (members of <c>Units</c>).
/// </summary>
public sealed class IdentifierSafetyTests
{
    private const string Plan = "标题: 某市卫生健康委员会2024年工作计划\n1.推进基层医疗卫生服务。全人群签约率达61%以上。(委办公室牵头,市爱卫办参与落实)\n";

    [Theory]
    [InlineData("Zibo2024", "Zibo2024")]
    [InlineData("zibo", "Zibo")] // CS8981: a type name of lower-case ASCII letters only
    [InlineData("record", "Record")] // CS8860
    [InlineData("file", "File")] // CS9056
    [InlineData("required", "Required")] // CS9029
    [InlineData("x.y", "Xy")]
    [InlineData("a b", "Ab")]
    [InlineData("class", "class_")]
    [InlineData("__arglist", "__arglist_")] // a keyword of the compiler's that is no C# keyword
    [InlineData("2024Zibo", "_2024Zibo")]
    [InlineData("2024", "_2024")]
    [InlineData("名-称", "名称")]
    [InlineData("中文计划", "中文计划")]
    [InlineData("A\u200B", "A")] // a formatting character: invisible, and ignored when the compiler compares names
    [InlineData("𠀀计划", "计划")] // outside the BMP: the compiler reads no identifier character there
    [InlineData("😀", "PlanPlan")]
    [InlineData("Data", "DataPlan")] // the plan class's own members and nested types: CS0542
    [InlineData("Units", "UnitsPlan")]
    [InlineData("Plan", "PlanPlan")]
    [InlineData("Root", "RootPlan")]
    [InlineData("Task1", "Task1Plan")]
    [InlineData("Part2Section3Node", "Part2Section3NodePlan")]
    [InlineData("PlanCatalog", "PlanCatalogPlan")] // the catalogue class
    [InlineData("System", "System")]
    [InlineData("Plans", "Plans")]
    [InlineData("Equals", "Equals")]
    public void PlanFileName_BecomesAClassName_ThatCompilesWithoutWarnings(string fileName, string className)
    {
        var run = GeneratorHost.Run(new[] { ("plans/" + fileName + ".txt", Plan) });

        Assert.Null(run.Result.Results.Single().Exception);
        Assert.Contains(run.Sources, s => s.HintName == className + ".g.cs" && s.Text.Contains("public static partial class " + className + "\n", StringComparison.Ordinal));
        Assert.Empty(run.Result.Diagnostics);
        Assert.Empty(run.CompileProblems().Select(Checks.Describe));
    }

    [Fact]
    public void PlanFileNames_ThatMakeOneClassName_GetDistinctClassesAndPlan033()
    {
        var names = new[] { "Zibo2024", "zibo2024", "ZIBO2024", "Zibo-2024", "Zibo_2024", "Zibo2024_2", "Zibo2024_2", "A", "A\u200B" };
        var files = names.Select((name, i) => ($"plans/{i}/{name}.txt", Plan)).ToList();

        var run = GeneratorHost.Run(files);

        Assert.Null(run.Result.Results.Single().Exception);
        var hints = run.Sources.Select(s => s.HintName).ToList();
        Assert.Equal(files.Count + 1, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(
            new[] { "A.g.cs", "A_2.g.cs", "PlanCatalog.g.cs", "ZIBO2024_3.g.cs", "Zibo2024.g.cs", "Zibo2024_2_2.g.cs", "Zibo2024_2_3.g.cs", "Zibo2024_4.g.cs", "Zibo_2024.g.cs", "zibo2024_2.g.cs" }.Order(StringComparer.Ordinal),
            hints.Order(StringComparer.Ordinal));
        Assert.All(run.Result.Diagnostics, d => Assert.Equal("PLAN033", d.Id));
        Assert.Equal(6, run.Result.Diagnostics.Length);
        Assert.Empty(run.CompileProblems().Select(Checks.Describe));
    }

    [Theory]
    [InlineData("Units", "Units_")] // the class's own name: CS0542
    [InlineData("Equals", "Equals_")] // would hide object.Equals: CS0108
    [InlineData("ToString", "ToString_")]
    [InlineData("GetHashCode", "GetHashCode_")]
    [InlineData("class", "class_")]
    [InlineData("__arglist", "__arglist_")]
    [InlineData("2024办", "_2024办")]
    [InlineData("a-b", "ab")]
    [InlineData("委\u200B办公室", "委办公室")]
    [InlineData("委\u202E办公室", "委办公室")]
    [InlineData("𠀀办", "办")]
    [InlineData("\"引号\"与\\反斜杠", "引号与反斜杠")]
    public void UnitName_FromACorrectionsAlias_BecomesAMemberThatCompiles(string canonical, string member)
    {
        var corrections = "{ \"aliases\": { \"委办公室\": " + Json(canonical) + " } }";

        var run = GeneratorHost.Run(new[] { ("plans/Units.txt", Plan), ("plans/Units.plan.json", corrections) });

        Assert.Null(run.Result.Results.Single().Exception);
        var source = run.Sources.Single(s => s.HintName == "UnitsPlan.g.cs").Text;
        Assert.Contains("public static global::PlanSdk.ResponsibleUnit " + member + " => Data.U", source, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Result.Diagnostics, d => !d.Id.StartsWith("PLAN", StringComparison.Ordinal));
        Assert.Empty(run.CompileProblems().Select(Checks.Describe));
    }

    [Theory]
    [InlineData("class")]
    [InlineData("1abc")]
    [InlineData("a-b")]
    [InlineData("")]
    [InlineData("签约率")]
    public void TargetAndGlossaryNames_FromCorrections_AreCheckedAndTheCodeCompiles(string name)
    {
        var corrections = "{ \"glossary\": { \"签约率\": " + Json(name) + " }, \"targets\": [ { \"path\": \"1\", \"mention\": \"61%\", \"name\": " + Json(name) + " } ] }";

        var run = GeneratorHost.Run(new[] { ("plans/Names.txt", Plan), ("plans/Names.plan.json", corrections) });

        Assert.Null(run.Result.Results.Single().Exception);
        Assert.All(run.Result.Diagnostics, d => Assert.StartsWith("PLAN", d.Id, StringComparison.Ordinal));
        Assert.Empty(run.CompileProblems().Select(Checks.Describe));
        Assert.All(run.Sources, s => Assert.Null(Checks.Unreadable(s.Text)));
    }

    [Theory]
    [InlineData("Contoso.HealthPlans", "Contoso.HealthPlans")]
    [InlineData("global", "Plans")]
    [InlineData("__arglist", "Plans")]
    [InlineData("class.Plans", "Plans")]
    [InlineData("Contoso\u200B.Plans", "Plans")]
    [InlineData("Contoso..Plans", "Plans")]
    [InlineData("2024.Plans", "Plans")]
    public void Namespace_NotReadableAsWritten_FallsBackToPlans(string configured, string used)
    {
        var run = GeneratorHost.Run(new[] { ("plans/Zibo2024.txt", Plan) }, new GeneratorSettings(Namespace: configured));

        Assert.All(run.Sources, s => Assert.Contains("namespace " + used + "\n", s.Text, StringComparison.Ordinal));
        Assert.Empty(run.CompileProblems().Select(Checks.Describe));
    }

    private static string Json(string value) =>
        "\"" + string.Concat(value.Select(c => c is '"' or '\\' ? "\\" + c : c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";
}
