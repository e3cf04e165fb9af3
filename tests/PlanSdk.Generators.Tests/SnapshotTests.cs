using System.Linq;
using PlanSdk.Generators.Tests.Support;
using Xunit;

namespace PlanSdk.Generators.Tests;

/// <summary>The generated source of each reference plan, and of the catalogue, against committed snapshots.</summary>
public sealed class SnapshotTests
{
    [Theory]
    [InlineData("Nanning2017")]
    [InlineData("Shijiazhuang2020")]
    [InlineData("XxCounty2020")]
    [InlineData("Zhoushan2019")]
    [InlineData("Zibo2024")]
    public void Generate_ReferencePlan_MatchesSnapshot(string id)
    {
        var harness = new GeneratorHarness(new[] { ($"plans/{id}.txt", GeneratorHarness.PlanText(id)) });

        var (result, _) = harness.Run();

        var source = result.Results.Single().GeneratedSources.Single(s => s.HintName == id + ".g.cs");
        Snapshot.Verify(id + ".g", source.SourceText.ToString());
    }

    [Fact]
    public void Generate_AllReferencePlans_CatalogueMatchesSnapshot()
    {
        var harness = new GeneratorHarness(ReferencePlans.All());

        var (result, _) = harness.Run();

        var source = result.Results.Single().GeneratedSources.Single(s => s.HintName == "PlanCatalog.g.cs");
        Snapshot.Verify("PlanCatalog.g", source.SourceText.ToString());
    }
}
