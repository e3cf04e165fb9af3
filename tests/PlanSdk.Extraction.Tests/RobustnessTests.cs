using System;
using System.Linq;
using System.Text;
using PlanSdk.Extraction.Tests.Support;
using Xunit;

namespace PlanSdk.Extraction.Tests;

/// <summary>Whatever the text, the engine returns a model and a list of problems; it never throws.</summary>
public sealed class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n")]
    [InlineData("\uFEFF")]
    [InlineData("\0\0\0")]
    [InlineData("99999999999999999999999999999999亿元")]
    [InlineData("1.全年筛查99999999999999999999亿人次。")]
    [InlineData("((((((((((((一)))))))")]
    [InlineData("一、二、三、四、五、六、七、八、九、十、")]
    [InlineData("\uD800 lone surrogate \uDC00 一、标题")]
    [InlineData("1.\n2.\n3.\n")]
    [InlineData("（")]
    [InlineData("“未闭合的引号 1.5万人次")]
    [InlineData("1-")]
    [InlineData("达到%")]
    [InlineData("/10万")]
    [InlineData("201９年上半年工作总结和下半年工作思路\n1.任务。")]
    [InlineData("٢٠١٩年工作计划\n1.任务。")]
    public void Extract_OddText_ReturnsAModelWithoutThrowing(string text)
    {
        var plan = PlanExtractor.Extract("Odd", text);

        Assert.NotNull(plan);
        Assert.DoesNotContain(plan.Problems, p => p.Code == ProblemCode.InternalError);
    }

    [Fact]
    public void Extract_TitleYearInFullWidthDigits_IsRead()
    {
        var plan = PlanExtractor.Extract("FullWidth", "２０１９年上半年工作总结和下半年工作思路\n1.任务。");

        Assert.Equal(2019, plan.Year);
        Assert.DoesNotContain(plan.Problems, p => p.Code == ProblemCode.InternalError);
    }

    [Fact]
    public void Extract_EmptyText_ReportsAnEmptyPlan()
    {
        var plan = PlanExtractor.Extract("Empty", "  \n ");

        Assert.Equal(ProblemCode.EmptyPlan, Assert.Single(plan.Problems).Code);
        Assert.Empty(plan.Nodes);
    }

    [Fact]
    public void Extract_RandomJunk_NeverThrows()
    {
        var random = new Random(20261122);
        var alphabet = "一二三四五六七八九十百千万亿两半、。,，;；:：()（）“”《》%‰1234567890.-—至以上以下内个家名人次项期万元\n \r第是牵头参与落实委";
        for (var round = 0; round < 300; round++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 400);
            for (var i = 0; i < length; i++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var plan = PlanExtractor.Extract("Junk", builder.ToString());
            Assert.DoesNotContain(plan.Problems, p => p.Code == ProblemCode.InternalError);
        }
    }

    [Fact]
    public void Extract_SameText_GivesEqualModels()
    {
        var text = ReferencePlans.Text("Zhoushan2019");

        Assert.Equal(PlanExtractor.Extract("Zhoushan2019", text), PlanExtractor.Extract("Zhoushan2019", text));
    }

    [Fact]
    public void Extract_ReferencePlans_ReportOnlyTheirRealDefects()
    {
        var problems = ReferencePlans.Ids
            .SelectMany(id => ReferencePlans.Extract(id).Problems.Select(p => (id, p.Code, p.Span.Line, p.Span.Column)))
            .ToList();

        // Zhoushan2019 writes 847.34.65/10万; Nanning2017 spells two units two ways (委基层科, 委规信科).
        Assert.Equal(
            new[]
            {
                ("Nanning2017", ProblemCode.PossibleUnitAlias, 11, 179),
                ("Nanning2017", ProblemCode.PossibleUnitAlias, 28, 275),
                ("Zhoushan2019", ProblemCode.MalformedNumber, 55, 27),
            },
            problems.OrderBy(p => p.id, System.StringComparer.Ordinal).ThenBy(p => p.Line));
    }
}
