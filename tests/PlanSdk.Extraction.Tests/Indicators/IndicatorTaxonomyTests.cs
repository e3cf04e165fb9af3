using System;
using System.Linq;
using System.Reflection;
using PlanSdk.Extraction.Naming;
using Xunit;

namespace PlanSdk.Extraction.Tests.Indicators;

/// <summary>The well-known indicators: one name and one place per word, broader before narrower, a member per indicator.</summary>
public sealed class IndicatorTaxonomyTests
{
    [Fact]
    public void Taxonomy_EveryMember_IsListedInAllUnderItsOwnName()
    {
        var members = typeof(Indicator).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(Indicator))
            .Select(p => (p.Name, Indicator: (Indicator)p.GetValue(null)!))
            .ToList();

        Assert.Equal(members.Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal), Indicator.All.Select(i => i.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.All(members, m => Assert.Equal(m.Name, m.Indicator.Name));
        Assert.All(members, m => Assert.Same(m.Indicator, Indicator.Find(m.Name)));
    }

    [Fact]
    public void Taxonomy_NamesAndWords_AreUniqueAndWellFormed()
    {
        Assert.Equal(Indicator.All.Count, Indicator.All.Select(i => i.Name).Distinct(StringComparer.Ordinal).Count());
        var words = Indicator.All.SelectMany(i => i.Words).ToList();
        Assert.Equal(words.Count, words.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Indicator.All, i => Assert.True(CSharpIdentifier.IsValid(i.Name), i.Name));
        Assert.All(Indicator.All, i => Assert.NotEmpty(i.Words));
        Assert.All(words, w => Assert.Equal(w.Trim(), w));
    }

    [Fact]
    public void Taxonomy_Broader_IsListedBeforeAndKnowsItsNarrower()
    {
        var order = Indicator.All.Select((indicator, index) => (indicator, index)).ToDictionary(p => p.indicator, p => p.index);

        foreach (var indicator in Indicator.All)
        {
            if (indicator.Broader is { } broader)
            {
                Assert.True(order[broader] < order[indicator], $"{broader} is listed after {indicator}");
                Assert.Contains(indicator, broader.Narrower);
            }

            Assert.All(indicator.Narrower, n => Assert.Same(indicator, n.Broader));
        }
    }

    [Fact]
    public void IsA_FollowsBroaderIndicators()
    {
        Assert.True(Indicator.ElderlySigningRate.IsA(Indicator.SigningRate));
        Assert.True(Indicator.SigningRate.IsA(Indicator.SigningRate));
        Assert.True(Indicator.UnderFiveMortalityRate.IsA(Indicator.MortalityRate));
        Assert.False(Indicator.SigningRate.IsA(Indicator.ElderlySigningRate));
        Assert.False(Indicator.SigningSatisfactionRate.IsA(Indicator.SigningRate));
        Assert.Same(Indicator.MortalityRate, Indicator.UnderFiveMortalityRate.Root);
    }

    [Fact]
    public void FromName_KnownName_IsTheWellKnownIndicator()
    {
        Assert.Same(Indicator.SigningRate, Indicator.FromName("SigningRate"));
        Assert.True(Indicator.SigningRate.IsWellKnown);
    }

    [Fact]
    public void FromName_OtherName_IsAnIndicatorWithoutWordsThatEqualsItsNamesakes()
    {
        var custom = Indicator.FromName("ScreeningCoverage");

        Assert.False(custom.IsWellKnown);
        Assert.Empty(custom.Words);
        Assert.Null(custom.Broader);
        Assert.Equal(Indicator.FromName("ScreeningCoverage"), custom);
        Assert.True(Indicator.FromName("ScreeningCoverage") == custom);
        Assert.NotEqual(Indicator.SigningRate, custom);
        Assert.Null(Indicator.Find("ScreeningCoverage"));
        Assert.Throws<ArgumentException>(() => Indicator.FromName(""));
    }

    [Fact]
    public void DefaultGlossary_HoldsEveryWordOfTheTaxonomy()
    {
        Assert.Equal(
            Indicator.All.SelectMany(i => i.Words.Select(w => (w, i.Name))).OrderBy(e => e.w, StringComparer.Ordinal),
            IndicatorGlossary.Default.Entries.OrderBy(e => e.Indicator, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("全人群签约率", "SigningRate")]
    [InlineData("老年人签约率", "ElderlySigningRate")]
    [InlineData("重点人群签约服务覆盖率", "PriorityGroupSigningRate")]
    [InlineData("一体化管理的村卫生室产权公有化率", "PublicOwnershipRate")]
    [InlineData("经费专门用于签约服务机构奖励", "Funding")]
    [InlineData("5 岁以下儿童死亡率", "UnderFiveMortalityRate")]
    [InlineData("巡诊服务", null)]
    [InlineData("", null)]
    public void Classify_Indicator_IsTheLongestWordItsHeadEndsWith(string indicator, string? name)
    {
        Assert.Equal(name, IndicatorGlossary.Default.Classify(indicator));
    }
}
