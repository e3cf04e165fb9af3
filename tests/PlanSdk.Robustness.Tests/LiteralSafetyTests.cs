using System;
using System.Linq;
using PlanSdk.Extraction;
using PlanSdk.Robustness.Tests.Support;
using Xunit;

namespace PlanSdk.Robustness.Tests;

/// <summary>
/// Whatever the plan text holds, the generated literals hold exactly it, and the code reads as it compiles:
/// the plan built by the generated code serialises to the same JSON as the plan the engine reads from the text,
/// printable text (Chinese included) stands as written, and no invisible or raw control character reaches the source.
/// </summary>
public sealed class LiteralSafetyTests
{
    [Theory]
    [InlineData("quotes", "1.写\"引号\"与“中文引号”。全人群签约率达61%以上。")]
    [InlineData("backslashes", "1.路径C:\\plans\\new\\t.txt与\\u0041。新建病房30间。")]
    [InlineData("line breaks", "标题: 某市\"卫生\"健康委员会2024年工作计划\r\n1.推进\r\n基层工作。\r新建病房30间。\n2.第二项。新建病房40间。")]
    [InlineData("line separators", "1.第一行\u2028第二行\u2029第三行\u0085。新建病房30间。")]
    [InlineData("surrogate pairs", "1.罕用字𠀀𪚥与表情😀。新建病房30间。(𠀀办牵头)")]
    [InlineData("lone surrogates", "1.孤立\uD800代理\uDC00字符。新建病房30间。")]
    [InlineData("controls", "1.空字符\0与响铃\u0007与删除\u007F。新建病房30间。")]
    [InlineData("invisible", "\uFEFF1.零宽\u200B空格\u200D与\u202E反向\u202C与\u2066隔离\u2069。新建病房30间。")]
    [InlineData("comments and docs", "1.注释*/与/*和///<summary>&amp;</summary>]]>。新建病房30间。")]
    [InlineData("braces and raw strings", "1.格式{0}与{{x}}和\"\"\"原始\"\"\"及$\"{x}\"。新建病房30间。")]
    [InlineData("preprocessor", "1.\n#if DEBUG\n#region 区域\n新建病房30间。")]
    public void PlanText_WithAnyCharacters_IsCarriedExactlyByTheGeneratedLiterals(string name, string text)
    {
        var run = GeneratorHost.Run(new[] { ("plans/Literals.txt", text) });

        Assert.Null(run.Result.Results.Single().Exception);
        Assert.All(run.Sources, s => Assert.Null(Checks.Unreadable(s.Text)));
        Assert.Empty(run.CompileProblems().Select(Checks.Describe));
        using var loaded = new LoadedAssembly(run.Output);
        var generated = loaded.Plan("Plans.Literals");
        var read = Plan.FromExtraction(PlanReader.Read("Literals", text), "plans/Literals.txt");
        Assert.Equal(PlanJson.Serialize(read), PlanJson.Serialize(generated));
        Assert.Equal(read.Title, generated.Title);
        Assert.Equal(read.Nodes.Select(n => n.Text), generated.Nodes.Select(n => n.Text));
        Assert.Equal(read.Units.Select(u => u.Name), generated.Units.Select(u => u.Name));
        Assert.True(name.Length > 0);
    }

    [Fact]
    public void ChineseText_StandsInTheSourceAsWritten()
    {
        var run = GeneratorHost.Run(new[] { ("plans/Zibo2024.txt", SeedPlans.All.Single(p => p.Id == "Zibo2024").Text) });

        var source = run.Sources.Single(s => s.HintName == "Zibo2024.g.cs").Text;
        Assert.Contains("\"全人群签约率达61%以上\"", source, StringComparison.Ordinal);
        Assert.Contains("/// <summary>全人群签约率达61%以上 (plans/Zibo2024.txt:46)</summary>", source, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u5168", source, StringComparison.Ordinal);
    }
}
