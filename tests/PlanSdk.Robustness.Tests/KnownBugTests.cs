using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using PlanSdk.Extraction;
using PlanSdk.Robustness.Tests.Support;
using Xunit;

namespace PlanSdk.Robustness.Tests;

/// <summary>
/// Bugs the property tests found in target naming (<c>src/PlanSdk.Extraction/Naming</c>), now fixed: names
/// outside the BMP, formatting characters, the compiler's own keywords, correction names the node class
/// uses, and quadratic suffixing. Each test states the bug it keeps fixed.
/// </summary>
public sealed class KnownBugTests
{
    [Fact]
    public void TargetName_FromAnIndicatorOutsideTheBmp_IsAnIdentifierTheCompilerReads() =>
        AssertCompiles("1.任务。新建𪚥𪚥中心30个。");

    [Fact]
    public void TargetName_FromAnIndicatorWithFormattingCharacters_HasNone()
    {
        AssertCompiles("1.任务。新建病\u200B房30间。");
        AssertCompiles("1.任务。新建病\u202E房30间。");
        AssertCompiles("1.任务。新建病房30间,新建病\u200B房40间。");
    }

    [Fact]
    public void TargetName_FromACorrection_ThatIsACompilerKeyword_IsRejectedOrEscaped()
    {
        foreach (var keyword in new[] { "__arglist", "__makeref", "__reftype", "__refvalue" })
        {
            Assert.False(Extraction.Naming.CSharpIdentifier.IsValid(keyword), keyword);
            AssertCompiles("1.任务。新建病房30间。", "{ \"targets\": [ { \"path\": \"1\", \"mention\": \"30间\", \"name\": \"" + keyword + "\" } ] }");
        }
    }

    [Fact]
    public void TargetName_FromACorrection_ThatIsAMemberOfTheNodeClass_IsRejectedOrSuffixed()
    {
        foreach (var name in new[] { "Title", "Path", "Plan", "Task1Node" })
        {
            AssertCompiles("1.任务。新建病房30间。", "{ \"targets\": [ { \"path\": \"1\", \"mention\": \"30间\", \"name\": \"" + name + "\" } ] }");
        }
    }

    [Fact]
    public void TargetNamer_TwentyThousandSameNamedTargetsOnOneNode_AreNamedInLinearTime()
    {
        var text = new StringBuilder("1.任务。");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append("新建病房30间,");
        }

        var plan = PlanExtractor.Extract("Many", text.ToString());
        var clock = Stopwatch.StartNew();
        var named = PlanReader.Finish(plan);

        Assert.Equal(20_000, named.Nodes[0].Mentions.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"naming 20,000 targets took {clock.Elapsed}");
    }

    private static void AssertCompiles(string text, string? corrections = null)
    {
        var files = corrections is null
            ? new[] { ("plans/P.txt", text) }
            : new[] { ("plans/P.txt", text), ("plans/P.plan.json", corrections) };
        Assert.Null(Checks.Generator(files, GeneratorSettings.Default, compile: true));
    }
}
