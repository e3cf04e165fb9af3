using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PlanSdk.Generators.Tests.Support;
using Xunit;

namespace PlanSdk.Generators.Tests;

/// <summary>The generated code compiles without a single warning, whatever the settings.</summary>
public sealed class CompilationTests
{
    [Fact]
    public void Generate_AllReferencePlans_CompilesWithoutWarnings()
    {
        var (result, output) = new GeneratorHarness(ReferencePlans.All()).Run();

        // The real defects of the reference plans (generators/PlanSdk.Generators/docs/README.md lists them).
        Assert.Equal(new[] { "PLAN001", "PLAN022", "PLAN022", "PLAN023" }, result.Diagnostics.Select(d => d.Id).Order(System.StringComparer.Ordinal));
        Assert.Equal(6, result.GeneratedTrees.Length);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Generate_ForCSharp73_OmitsNullableAnnotationsAndCompiles()
    {
        var (result, output) = new GeneratorHarness(ReferencePlans.All(), languageVersion: LanguageVersion.CSharp7_3).Run();

        Assert.DoesNotContain(result.GeneratedTrees, tree => tree.ToString().Contains("#nullable", System.StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Generate_WithNamespaceAndVisibility_UsesThem()
    {
        var properties = new Dictionary<string, string> { ["PlanSdkNamespace"] = "Contoso.HealthPlans", ["PlanSdkVisibility"] = "internal" };

        var (result, output) = new GeneratorHarness(ReferencePlans.All(), properties).Run();

        var zibo = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Zibo2024.g.cs", System.StringComparison.Ordinal)).ToString();
        Assert.Contains("namespace Contoso.HealthPlans", zibo, System.StringComparison.Ordinal);
        Assert.Contains("internal static partial class Zibo2024", zibo, System.StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Generate_TwoPlansWithOneId_GivesThemDistinctClasses()
    {
        var text = GeneratorHarness.PlanText("Zibo2024");
        var (result, output) = new GeneratorHarness(new[] { ("plans/2024/Zibo2024.txt", text), ("plans/Zibo2024.txt", text) }).Run();

        Assert.Equal(new[] { "PlanCatalog.g.cs", "Zibo2024.g.cs", "Zibo2024_2.g.cs" }, result.Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(h => h, System.StringComparer.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("plans/Empty.txt", "", "PLAN031")]
    [InlineData("plans/NoHeadings.txt", "全市卫生健康工作要坚持人民至上。全人群签约率达61%以上。", "PLAN032")]
    [InlineData("plans/2024-Zibo.txt", "1.推进基层医疗卫生服务优化。全人群签约率达61%以上。", "")]
    [InlineData("plans/class.txt", "1.任务。新建病房30间,新建病房40间。", "PLAN023")]
    [InlineData("plans/Quotes.txt", "1.写\"引号\"和\\反斜杠\u2028行。新建病房30间。", "")]
    public void Generate_UnusualPlan_CompilesWithoutWarnings(string path, string text, string diagnostic)
    {
        var (result, output) = new GeneratorHarness(new[] { (path, text) }).Run();

        Assert.Equal(diagnostic, string.Join(" ", result.Diagnostics.Select(d => d.Id)));
        Assert.Equal(2, result.GeneratedTrees.Length);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
