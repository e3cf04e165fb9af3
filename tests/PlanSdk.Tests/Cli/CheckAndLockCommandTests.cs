using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PlanSdk.Tests.Support;
using Xunit;

namespace PlanSdk.Tests.Cli;

/// <summary><c>plansdk check</c> prints the build's PLAN diagnostics; <c>plansdk lock</c> locks the targets.</summary>
public class CheckAndLockCommandTests
{
    [Fact]
    public void Check_ReferencePlans_PrintsTheirDiagnosticsInMsBuildFormAndPasses()
    {
        var run = CliRun.Of("check", ReferencePlans.PathOf("Zhoushan2019"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Zhoushan2019.txt(55,27): warning PLAN001: The number in '847.34.65/10万' cannot be read", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BrokenNumber_ReportsItAtItsLineAndColumn()
    {
        using var temp = new TempDirectory();
        var plan = Copy(temp, "Zibo2024").Replace("全人群签约率达61%以上", "全人群签约率达6.1.%以上", StringComparison.Ordinal);
        File.WriteAllText(temp.Combine("Zibo2024.txt"), plan);

        var run = CliRun.Of("check", temp.Combine("Zibo2024.txt"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Zibo2024.txt(46,91): warning PLAN001: The number in '6.1.%以上' cannot be read", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CorrectionsFileWithAnError_ExitsWithOne()
    {
        using var temp = new TempDirectory();
        Copy(temp, "Zibo2024");
        File.WriteAllText(temp.Combine("Zibo2024.plan.json"), "{ \"targets\": [ { \"path\": \"99\", \"mention\": \"61%\", \"drop\": true } ] }");

        var run = CliRun.Of("check", temp.Combine("Zibo2024.txt"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Zibo2024.plan.json(1,26): error PLAN044:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NotUtf8_ReportsPlan030()
    {
        using var temp = new TempDirectory();
        File.WriteAllBytes(temp.Combine("Bad2020.txt"), [0x31, 0x2E, 0x0A, 0xD5, 0xE2, 0xCA, 0xC7]);

        var run = CliRun.Of("check", temp.Combine("Bad2020.txt"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Bad2020.txt(2,1): error PLAN030:", run.Output, StringComparison.Ordinal);
        Assert.Contains("GB18030", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FormatJson_WritesOneObjectPerDiagnostic()
    {
        var run = CliRun.Of("check", ReferencePlans.PathOf("Zhoushan2019"), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var first = json.RootElement.EnumerateArray().First(d => d.GetProperty("id").GetString() == "PLAN001");
        Assert.Equal(55, first.GetProperty("line").GetInt32());
        Assert.Equal(27, first.GetProperty("column").GetInt32());
        Assert.Equal("warning", first.GetProperty("severity").GetString());
        Assert.EndsWith("docs/PLAN001.md", first.GetProperty("helpLink").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lock_ThenChangeATarget_CheckReportsTheChangeUntilLockedAgain()
    {
        using var temp = new TempDirectory();
        var text = Copy(temp, "Zibo2024");
        var planPath = temp.Combine("Zibo2024.txt");

        var locked = CliRun.Of("lock", planPath);
        Assert.Equal(0, locked.ExitCode);
        Assert.Contains("locked 14 targets", locked.Output, StringComparison.Ordinal);
        Assert.Contains("15\tSigningRate\t>=\t61\t\t%\ttarget", File.ReadAllText(temp.Combine("Zibo2024.plan.lock"), Encoding.UTF8), StringComparison.Ordinal);
        Assert.DoesNotContain("PLAN10", CliRun.Of("check", planPath).Output, StringComparison.Ordinal);

        File.WriteAllText(planPath, text.Replace("全人群签约率达61%以上", "全人群签约率达60%以上", StringComparison.Ordinal));
        var changed = CliRun.Of("check", planPath);
        Assert.Contains("Zibo2024.txt(46,91): warning PLAN101: Zibo2024.Task15.SigningRate changed from ≥ 61 % to ≥ 60 %", changed.Output, StringComparison.Ordinal);

        CliRun.Of("lock", planPath);
        Assert.DoesNotContain("PLAN101", CliRun.Of("check", planPath).Output, StringComparison.Ordinal);
    }

    private static string Copy(TempDirectory temp, string id)
    {
        File.Copy(ReferencePlans.PathOf(id), temp.Combine(id + ".txt"));
        return File.ReadAllText(temp.Combine(id + ".txt"), Encoding.UTF8);
    }
}
