using System.Collections.Generic;
using System.IO;
using System.Linq;
using PlanSdk.Robustness.Tests.Support;
using Xunit;

namespace PlanSdk.Robustness.Tests;

/// <summary>
/// Every saved case (<c>Regressions/*.case</c>: inputs the properties shrank when they failed, and hand-written edge
/// cases) through the engine, the generator and the compiler, every run, with every check and no known-bug exemption.
/// </summary>
public sealed class RegressionTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(RegressionCase.OutputFolder, "*.case").Order(System.StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void SavedCase_PassesTheEngineTheGeneratorAndTheCompiler(string name)
    {
        var saved = RegressionCase.Parse(File.ReadAllText(Path.Combine(RegressionCase.OutputFolder, name + ".case")));
        var plans = saved.Files.Where(f => f.Path.EndsWith(".txt", System.StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(plans);

        foreach (var (path, text) in plans)
        {
            Assert.Null(Checks.Engine(Path.GetFileNameWithoutExtension(path), text));
        }

        Assert.Null(Checks.Generator(saved.Files, GeneratorSettings.Default, compile: true));
    }

    [Fact]
    public void RegressionCase_FormatThenParse_GivesBackEveryCharacter()
    {
        var text = "a\\b\r\n\rc\n\0\uD800\uDC00😀\uDBFF \u3000\n#f\uFEFF\u202E\u2028file: x\n";
        var saved = new RegressionCase(new[] { "a comment\nover lines" }, new List<(string, string)> { ("plans/a b.txt", text), ("plans/Empty.txt", string.Empty) });

        var parsed = RegressionCase.Parse(saved.Format().Replace("\n", "\r\n", System.StringComparison.Ordinal));

        Assert.Equal(saved.Files, parsed.Files);
    }
}
