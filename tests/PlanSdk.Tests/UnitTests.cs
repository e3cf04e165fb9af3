using Xunit;

namespace PlanSdk.Tests;

public class UnitTests
{
    [Theory]
    [InlineData("%")]
    [InlineData("‰")]
    [InlineData("1/10万")]
    [InlineData("人次")]
    public void ToString_AnyUnit_IsItsSymbol(string symbol)
    {
        Assert.Equal(symbol, new Unit(symbol).ToString());
    }

    [Fact]
    public void WellKnownUnits_HaveTheExportSymbols()
    {
        Assert.Equal("%", Unit.Percent.Symbol);
        Assert.Equal("‰", Unit.Permille.Symbol);
        Assert.Equal("1/10万", Unit.PerHundredThousand.Symbol);
        Assert.Equal("元", Unit.Yuan.Symbol);
    }

    [Fact]
    public void Equality_SameSymbol_IsEqual()
    {
        Assert.Equal(Unit.Percent, new Unit("%"));
        Assert.NotEqual(Unit.Percent, Unit.Permille);
    }

    [Fact]
    public void IsRate_RateAndClassifier_TellsThemApart()
    {
        Assert.True(Unit.Permille.IsRate);
        Assert.True(new Unit("1/10万").IsRate);
        Assert.False(Unit.PersonTime.IsRate);
    }

    [Fact]
    public void ToString_DefaultValue_IsEmpty()
    {
        Assert.Equal(string.Empty, default(Unit).ToString());
    }
}
