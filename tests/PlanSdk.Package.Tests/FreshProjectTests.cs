using System.IO;
using System.IO.Compression;
using System.Linq;
using Xunit;

namespace PlanSdk.Package.Tests;

/// <summary>
/// A fresh console project that references only the packed PlanSdk package and holds one plan in
/// plans/ builds without warnings and prints a target read through the generated, typed API.
/// </summary>
[Collection(PackageTestGroup.Name)]
public sealed class FreshProjectTests
{
    private readonly PackedPlanSdk _package;

    public FreshProjectTests(PackedPlanSdk package) => _package = package;

    [Fact]
    public void Package_Layout_HasRuntimeGeneratorAndBuildProps()
    {
        using var archive = ZipFile.OpenRead(Path.Combine(_package.Source, $"PlanSdk.{_package.Version}.nupkg"));
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("lib/netstandard2.0/PlanSdk.dll", entries);
        Assert.Contains("lib/netstandard2.0/PlanSdk.Extraction.dll", entries);
        Assert.Contains("lib/net8.0/PlanSdk.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/PlanSdk.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/PlanSdk.Extraction.dll", entries);
        Assert.Contains("buildTransitive/PlanSdk.props", entries);
        Assert.Contains("buildTransitive/PlanSdk.targets", entries);
    }

    [Theory]
    [InlineData("Zibo2024", "Zibo2024.Task15.SigningRate", "61 % AtLeast")]
    [InlineData("Nanning2017", "Nanning2017.Task12.SexRatioAtBirth", "116  AtMost")]
    [InlineData("Shijiazhuang2020", "Shijiazhuang2020.Task16.InfantMortalityRate", "12 ‰ AtMost")]
    [InlineData("XxCounty2020", "XxCounty2020.Section2.CountyVisitRate", "90 % Approximately")]
    [InlineData("Zhoushan2019", "Zhoushan2019.Part2.Section3.Item2.PriorityGroupSigningRate", "65 % AtLeast")]
    public void FreshProject_WithOnePlan_BuildsWithoutWarningsAndPrintsItsTarget(string planId, string member, string expected)
    {
        var project = FreshProject.Create(_package, planId, $$"""
            var target = Plans.{{member}};
            System.Console.WriteLine($"{target.Value} {target.Unit} {target.Comparison}");
            """, treatWarningsAsErrors: true, planId);
        if (planId == "Zhoushan2019")
        {
            // The published text writes 847.34.65/10万 (PLAN001); its user acknowledges that in a corrections file.
            File.WriteAllText(Path.Combine(project, "plans", planId + ".plan.json"), """{ "targets": [ { "path": "1/4/1", "mention": "847.34.65", "drop": true } ] }""");
        }

        var build = DotNet.Run(project, _package.Packages, "build", "-c", "Release");
        var output = DotNet.Run(project, _package.Packages, "run", "-c", "Release", "--no-build");

        Assert.Contains("0 Warning(s)", build, System.StringComparison.Ordinal);
        Assert.Equal(expected, output.Trim());
    }

    [Fact]
    public void App_ReferencingAProjectOfPlans_QueriesTheirPlansWithItsOwn()
    {
        FreshProject.Create(
            _package,
            "Hebei",
            "namespace Hebei { internal static class Marker { } }",
            treatWarningsAsErrors: true,
            ["Shijiazhuang2020", "XxCounty2020"],
            outputType: "Library",
            properties: "<PlanSdkNamespace>Plans.Hebei</PlanSdkNamespace>",
            items: string.Empty);
        var app = FreshProject.Create(
            _package,
            "App",
            """
            var plans = Plans.PlanCatalog.All;
            System.Console.WriteLine(string.Join(",", System.Linq.Enumerable.Select(plans, plan => plan.Id)));
            System.Console.WriteLine(string.Join(",", System.Linq.Enumerable.Select(plans.TargetsOf(PlanSdk.Indicator.InfantMortalityRate), t => t.Plan.Id + " " + t.Figure)));
            System.Console.WriteLine(Plans.PlanCatalog.Find("XxCounty2020")?.Title);
            """,
            treatWarningsAsErrors: true,
            ["Zibo2024"],
            outputType: "Exe",
            properties: string.Empty,
            items: "<ProjectReference Include=\"../Hebei/Hebei.csproj\" />");

        var build = DotNet.Run(app, _package.Packages, "build", "-c", "Release");
        var output = DotNet.Run(app, _package.Packages, "run", "-c", "Release", "--no-build").Trim().Split('\n');

        Assert.Contains("0 Warning(s)", build, System.StringComparison.Ordinal);
        Assert.Equal("Zibo2024,Shijiazhuang2020,XxCounty2020", output[0].Trim());
        Assert.Equal("Shijiazhuang2020 <= 12 ‰", output[1].Trim());
        Assert.Equal("2020XX县医政医管工作要点", output[2].Trim());
    }
}
