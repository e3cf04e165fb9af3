using System;
using System.IO;
using Xunit;

namespace PlanSdk.Package.Tests;

/// <summary>
/// A user edits a plan in a project that references the packed PlanSdk: <c>dotnet build</c> reports the
/// problem on the plan's own line and column, and a changed locked target until the lock is written again.
/// </summary>
[Collection(PackageTestGroup.Name)]
public sealed class BuildDiagnosticsTests
{
    private const string Program = "System.Console.WriteLine(Plans.Zibo2024.Task15.Targets.Count);";
    private readonly PackedPlanSdk _package;

    public BuildDiagnosticsTests(PackedPlanSdk package) => _package = package;

    [Fact]
    public void BrokenNumber_BuildWarnsAtItsLineAndColumn()
    {
        var project = FreshProject.Create(_package, "broken", Program, treatWarningsAsErrors: false, "Zibo2024");
        Edit(project, "全人群签约率达61%以上", "全人群签约率达61..5%以上");

        var build = DotNet.Run(project, _package.Packages, "build");

        Assert.Contains("plans/Zibo2024.txt(46,91): warning PLAN001: The number in '61..5%以上' cannot be read (全人群签约率).", build, StringComparison.Ordinal);
    }

    [Fact]
    public void Severity_SetInGlobalConfig_TurnsTheWarningIntoAFailingError()
    {
        var project = FreshProject.Create(_package, "severity", Program, treatWarningsAsErrors: false, "Zibo2024");
        Edit(project, "全人群签约率达61%以上", "全人群签约率达61..5%以上");
        File.WriteAllText(Path.Combine(project, ".globalconfig"), "is_global = true\ndotnet_diagnostic.PLAN001.severity = error\n");

        var (exitCode, build) = DotNet.RunAllowingFailure(project, _package.Packages, "build");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("plans/Zibo2024.txt(46,91): error PLAN001:", build, StringComparison.Ordinal);
    }

    [Fact]
    public void LockedTargetChanged_IsReportedUntilTheLockIsWrittenAgain()
    {
        var project = FreshProject.Create(_package, "locked", Program, treatWarningsAsErrors: false, "Zibo2024");
        Lock(project);
        Assert.DoesNotContain("PLAN101", DotNet.Run(project, _package.Packages, "build"), StringComparison.Ordinal);

        Edit(project, "全人群签约率达61%以上", "全人群签约率达60%以上");
        var changed = DotNet.Run(project, _package.Packages, "build");
        Assert.Contains("plans/Zibo2024.txt(46,91): warning PLAN101: Zibo2024.Task15.SigningRate changed from ≥ 61 % to ≥ 60 %", changed, StringComparison.Ordinal);

        Lock(project);
        Assert.DoesNotContain("PLAN101", DotNet.Run(project, _package.Packages, "build"), StringComparison.Ordinal);
    }

    private static void Edit(string project, string from, string to)
    {
        var plan = Path.Combine(project, "plans", "Zibo2024.txt");
        File.WriteAllText(plan, File.ReadAllText(plan).Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>Runs the repository's plansdk lock on the project's plans, as a user runs the tool.</summary>
    private static void Lock(string project) =>
        DotNet.Run(project, packagesFolder: null, "run", "--project", Path.Combine(DotNet.RepositoryRoot(), "src", "PlanSdk.Cli", "PlanSdk.Cli.csproj"), "--", "lock", "plans");
}
