using System.Linq;
using System.Text.RegularExpressions;
using PlanSdk.Corpus;
using Xunit;

namespace PlanSdk.Benchmarks.Tests;

public sealed class FigureRewriterTests
{
    private const string Task =
        "加强老龄工作。到2020年底，全人群签约率达61%以上，1,559名医生，14家县级医院，3.5个百分点，5%-8%，1-2所，"
        + "《健康规划(2021-2025年)》，“1+10”文件，H7N9，〔2015〕37号，7月9日，0-6岁儿童，第3批，22/10万，847.34.65/10万，９０％，90-95%。";

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(4UL)]
    [InlineData(5UL)]
    [InlineData(6UL)]
    public void Rewrite_KeepsYearsDatesNamesAndShapes(ulong seed)
    {
        var rewritten = FigureRewriter.Rewrite(Task, new SplitMix64(seed));

        foreach (var kept in new[] { "到2020年底", "《健康规划(2021-2025年)》", "“1+10”", "H7N9", "〔2015〕37号", "7月9日", "0-6岁", "第3批", "/10万", "847.34.65/10万" })
        {
            Assert.Contains(kept, rewritten, System.StringComparison.Ordinal);
        }

        Assert.Matches(new Regex("签约率达[0-9]{1,3}%以上"), rewritten);
        Assert.Matches(new Regex("，[0-9]{1,3}(,[0-9]{3})*[名位]医生"), rewritten);
        Assert.Matches(new Regex("，[0-9]+[家所个]县级医院"), rewritten);
        Assert.Matches(new Regex("，[0-9]+\\.[0-9]个百分点"), rewritten);
        Assert.Matches(new Regex("，[０-９]{1,3}％"), rewritten);

        var percents = Regex.Matches(rewritten, "([0-9]+)%-([0-9]+)%").Single();
        Assert.True(int.Parse(percents.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) <= int.Parse(percents.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        var high = Regex.Match(rewritten, "，([0-9]+)-([0-9]+)%。");
        Assert.True(high.Success, rewritten);
        var (lower, upper) = (int.Parse(high.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(high.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(lower <= upper && upper <= 100, rewritten);
    }

    [Fact]
    public void Rewrite_SameRandomState_SameText()
    {
        Assert.Equal(FigureRewriter.Rewrite(Task, new SplitMix64(9)), FigureRewriter.Rewrite(Task, new SplitMix64(9)));
    }

    [Fact]
    public void Rewrite_ManyStates_ChangeFiguresAndClassifiers()
    {
        var texts = Enumerable.Range(0, 40).Select(i => FigureRewriter.Rewrite(Task, new SplitMix64((ulong)i))).ToList();

        Assert.True(texts.Distinct().Count() > 30);
        Assert.Contains(texts, t => t.Contains("所县级医院", System.StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("个县级医院", System.StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("位医生", System.StringComparison.Ordinal));
    }
}
