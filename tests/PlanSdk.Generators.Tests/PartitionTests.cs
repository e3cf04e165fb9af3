using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using PlanSdk.Generators.Tests.Support;
using Xunit;

namespace PlanSdk.Generators.Tests;

/// <summary>Plans in several projects: a project's PlanCatalog.All unites its plans with its references' catalogues.</summary>
public sealed class PartitionTests
{
    private static readonly (string, string)[] HebeiPlans = [("plans/Shijiazhuang2020.txt", GeneratorHarness.PlanText("Shijiazhuang2020")), ("plans/XxCounty2020.txt", GeneratorHarness.PlanText("XxCounty2020"))];
    private static readonly (string, string)[] ZhejiangPlans = [("plans/Zhoushan2019.txt", GeneratorHarness.PlanText("Zhoushan2019"))];
    private static readonly (string, string)[] ShandongPlans = [("plans/Zibo2024.txt", GeneratorHarness.PlanText("Zibo2024"))];

    [Fact]
    public void AppWithoutPlans_ReferencingTwoProvinces_UnitesTheirCatalogues()
    {
        var hebei = Reference("Hebei", HebeiPlans, "Plans.Hebei");
        var zhejiang = Reference("Zhejiang", ZhejiangPlans, "Plans.Zhejiang");

        var app = new GeneratorHarness([], references: [hebei.Reference, zhejiang.Reference]);
        var (result, output) = app.Run();

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var catalog = Run(output, hebei, zhejiang);
        Assert.Equal(new[] { "Shijiazhuang2020", "XxCounty2020", "Zhoushan2019" }, catalog.Ids("All"));
        Assert.Empty(catalog.Ids("Local"));
        Assert.Equal("Zhoushan2019", catalog.Find("Zhoushan2019"));
        Assert.Null(catalog.Find("Zibo2024"));
    }

    [Fact]
    public void AppWithPlans_ListsItsOwnFirst_AndKeepsItsOwnPlanOfAnId()
    {
        var hebei = Reference("Hebei", HebeiPlans, "Plans.Hebei");
        var own = new[] { ("plans/Zibo2024.txt", GeneratorHarness.PlanText("Zibo2024")), ("plans/XxCounty2020.txt", "一、本项目的XX县计划\n") };

        var (result, output) = new GeneratorHarness(own, references: [hebei.Reference]).Run();

        var duplicate = Assert.Single(result.Diagnostics);
        Assert.Equal("PLAN034", duplicate.Id);
        Assert.EndsWith("plans/XxCounty2020.txt", duplicate.Location.GetLineSpan().Path, StringComparison.Ordinal);
        var catalog = Run(output, hebei);
        Assert.Equal(new[] { "XxCounty2020", "Zibo2024", "Shijiazhuang2020" }, catalog.Ids("All"));
        Assert.Equal(new[] { "XxCounty2020", "Zibo2024" }, catalog.Ids("Local"));
        Assert.Equal("本项目的XX县计划", catalog.FirstNodeTitle("XxCounty2020"));
    }

    [Fact]
    public void AppWithoutPlans_InTheNamespaceOfItsReference_GetsNoCatalogueOfItsOwn()
    {
        var hebei = Reference("Hebei", HebeiPlans, ns: null);

        var (result, output) = new GeneratorHarness([], references: [hebei.Reference]).Run();

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Results.Single().GeneratedSources);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void AppWithPlans_InTheNamespaceOfItsReference_ReportsPLAN035AndStillCompiles()
    {
        var hebei = Reference("Hebei", HebeiPlans, ns: null);

        var (result, output) = new GeneratorHarness(ShandongPlans, references: [hebei.Reference]).Run();

        var shadowed = Assert.Single(result.Diagnostics);
        Assert.Equal(("PLAN035", Location.None), (shadowed.Id, shadowed.Location));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(new[] { "Zibo2024" }, Run(output, hebei).Ids("All"));
    }

    [Fact]
    public void InternalCatalogue_OfAReference_IsNotUnited()
    {
        var hebei = Reference("Hebei", HebeiPlans, "Plans.Hebei", visibility: "internal");

        var (result, output) = new GeneratorHarness(ShandongPlans, references: [hebei.Reference]).Run();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new[] { "Zibo2024" }, Run(output, hebei).Ids("All"));
    }

    [Fact]
    public void EditOnePlan_LeavesTheReferencedCataloguesStepCached()
    {
        var hebei = Reference("Hebei", HebeiPlans, "Plans.Hebei");
        var harness = new GeneratorHarness(ZhejiangPlans, references: [hebei.Reference]);
        harness.Run();

        harness.Edit("plans/Zhoushan2019.txt", GeneratorHarness.PlanText("Zhoushan2019") + "\n");
        var (result, _) = harness.Run();

        var steps = result.Results.Single().TrackedSteps;
        Assert.All(steps[TrackingNames.ReferencedCatalogs].SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    private static (MetadataReference Reference, byte[] Image) Reference(string name, IEnumerable<(string, string)> plans, string? ns, string visibility = "public")
    {
        var properties = new Dictionary<string, string> { ["PlanSdkVisibility"] = visibility };
        if (ns is not null)
        {
            properties["PlanSdkNamespace"] = ns;
        }

        return GeneratorHarness.BuildReference(name, plans, properties);
    }

    /// <summary>Loads the app and its referenced plan assemblies into a context of their own and reads its PlanCatalog.</summary>
    private static CatalogProbe Run(Compilation app, params (MetadataReference Reference, byte[] Image)[] references)
    {
        using var image = new MemoryStream();
        var emitted = app.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        var context = new AssemblyLoadContext("partition-" + Guid.NewGuid(), isCollectible: true);
        foreach (var (_, bytes) in references)
        {
            context.LoadFromStream(new MemoryStream(bytes));
        }

        var assembly = context.LoadFromStream(new MemoryStream(image.ToArray()));
        return new CatalogProbe(assembly.GetType("Plans.PlanCatalog", throwOnError: true)!);
    }

    private sealed class CatalogProbe(Type catalog)
    {
        public List<string> Ids(string property) =>
            ((IEnumerable<Plan>)catalog.GetProperty(property, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).Select(plan => plan.Id).ToList();

        public string? Find(string id) => ((Plan?)catalog.GetMethod("Find")!.Invoke(null, [id]))?.Id;

        public string FirstNodeTitle(string id) => ((Plan)catalog.GetMethod("Find")!.Invoke(null, [id])!).Nodes[0].Title;
    }
}
