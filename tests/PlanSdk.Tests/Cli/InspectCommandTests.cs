using System;
using PlanSdk.Tests.Support;
using Xunit;

namespace PlanSdk.Tests.Cli;

public class InspectCommandTests
{
    [Fact]
    public void Inspect_Zibo2024_PrintsHeaderOutlineTargetsAndSummary()
    {
        var run = CliRun.Of("inspect", ReferencePlans.PathOf("Zibo2024"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.StartsWith("id      Zibo2024\ntitle   淄博市卫生健康委员会2024年度工作计划\nissuer  淄博市卫生健康委员会\nyear    2024\nfile    ", Normalize(run.Output), StringComparison.Ordinal);
        Assert.Contains("  15  task  推进基层医疗卫生服务优化  line 46", run.Output, StringComparison.Ordinal);
        Assert.Contains("- 46:91  全人群签约率  >= 61 %  [target]", run.Output, StringComparison.Ordinal);
        Assert.Contains("text: 全人群签约率达61%以上", run.Output, StringComparison.Ordinal);
        Assert.Contains("Summary: 0 sections, 29 tasks, ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_Nanning2017_PrintsUnitsWithAliasesAndNestedPaths()
    {
        var run = CliRun.Of("inspect", ReferencePlans.PathOf("Nanning2017"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("    1/1  task  全力做好全市卫生与健康大会筹备落实工作  line 5", run.Output, StringComparison.Ordinal);
        Assert.Contains("lead: 委规信科 (= 委规划信息科)", run.Output, StringComparison.Ordinal);
        Assert.Contains("委机关各科室 (collective)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_Zhoushan2019_PrintsTheEnginesProblems()
    {
        var run = CliRun.Of("inspect", ReferencePlans.PathOf("Zhoushan2019"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Problems (code  line:column  message)", run.Output, StringComparison.Ordinal);
        Assert.Contains("  MalformedNumber  55:27  ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_Utf8FileWithBom_IsReadWithoutTheBom()
    {
        using var temp = new TempDirectory();
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        var text = System.Text.Encoding.UTF8.GetBytes("1.推进基层医疗卫生服务优化。全人群签约率达61%以上。\n2.加强监管。\n");
        var file = temp.WriteBytes("Bom2024.txt", [.. bom, .. text]);

        var run = CliRun.Of("inspect", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("id      Bom2024", run.Output, StringComparison.Ordinal);
        Assert.Contains("  1  task  推进基层医疗卫生服务优化  line 1", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_NoArgument_IsAUsageError()
    {
        var run = CliRun.Of("inspect");

        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual(string.Empty, run.Error);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
