using System.Linq;
using Microsoft.CodeAnalysis;
using PlanSdk.Generators.Tests.Support;
using Xunit;

namespace PlanSdk.Generators.Tests;

/// <summary>The generator reports the plan's problems as PLAN diagnostics located in the plan file (or its sidecar).</summary>
public sealed class DiagnosticReportingTests
{
    [Fact]
    public void MalformedNumber_IsReportedOnThePlansOwnLineAndColumn()
    {
        var text = GeneratorHarness.PlanText("Zibo2024").Replace("全人群签约率达61%以上", "全人群签约率达61..5%以上", System.StringComparison.Ordinal);

        var (result, _) = new GeneratorHarness(new[] { ("plans/Zibo2024.txt", text) }).Run();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PLAN001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.ProjectDir + "plans/Zibo2024.txt", span.Path);
        Assert.Equal((45, 90), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal("The number in '61..5%以上' cannot be read (全人群签约率).", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("docs/PLAN001.md", diagnostic.Descriptor.HelpLinkUri, System.StringComparison.Ordinal);
    }

    [Fact]
    public void LockedTargetChanged_IsReportedAtTheTarget()
    {
        var text = GeneratorHarness.PlanText("Zibo2024").Replace("全人群签约率达61%以上", "全人群签约率达60%以上", System.StringComparison.Ordinal);
        const string Lock = "# lock\n15\tSigningRate\t>=\t61\t\t%\ttarget\n15\tElderlySigningRate\t>=\t88\t\t%\ttarget\n";

        var (result, _) = new GeneratorHarness(new[] { ("plans/Zibo2024.txt", text), ("plans/Zibo2024.plan.lock", Lock) }).Run();

        var changed = Assert.Single(result.Diagnostics, d => d.Id == "PLAN101");
        Assert.Equal((45, 90), (changed.Location.GetLineSpan().StartLinePosition.Line, changed.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Equal("Zibo2024.Task15.SigningRate changed from ≥ 61 % to ≥ 60 %; run plansdk lock if the change is intended.", changed.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(12, result.Diagnostics.Count(d => d.Id == "PLAN103"));
    }

    [Fact]
    public void CorrectionsFileError_IsReportedInTheCorrectionsFile()
    {
        var (result, _) = new GeneratorHarness(new[]
        {
            ("plans/Zibo2024.txt", GeneratorHarness.PlanText("Zibo2024")),
            ("plans/Zibo2024.plan.json", "{\n  \"targets\": [ { \"path\": \"99\", \"mention\": \"61%\", \"drop\": true } ]\n}"),
        }).Run();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("PLAN044", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal(GeneratorHarness.ProjectDir + "plans/Zibo2024.plan.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void TwoPlansWithOneId_AreReported()
    {
        var text = GeneratorHarness.PlanText("Zibo2024");

        var (result, _) = new GeneratorHarness(new[] { ("plans/2024/Zibo2024.txt", text), ("plans/Zibo2024.txt", text) }).Run();

        var duplicate = Assert.Single(result.Diagnostics, d => d.Id == "PLAN033");
        Assert.Equal(GeneratorHarness.ProjectDir + "plans/Zibo2024.txt", duplicate.Location.GetLineSpan().Path);
        Assert.Contains("plans/2024/Zibo2024.txt", duplicate.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void NotUtf8Text_IsAnError()
    {
        var (result, _) = new GeneratorHarness(new[] { ("plans/Bad2020.txt", "1.任务。\uFFFD\uFFFD\n") }).Run();

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result.Diagnostics, d => d.Id == "PLAN030").Severity);
    }
}
