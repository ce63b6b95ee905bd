using DataZones.Marketplace.Pricing;

namespace DataZones.Marketplace.Tests.Pricing;

public class FenTests
{
    [Theory]
    [InlineData("0.125", "0.13")]
    [InlineData("0.135", "0.14")]
    [InlineData("-0.125", "-0.13")]
    [InlineData("0.1249999", "0.12")]
    [InlineData("0.0375", "0.04")]
    public void Round_Midpoints_GoAwayFromZero(string exact, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Fen.Round(decimal.Parse(exact, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void ToFenAndFromFen_WholeFenAmounts_RoundTrip()
    {
        Assert.Equal(1_450_000L, Fen.ToFen(14_500.00m));
        Assert.Equal(-5L, Fen.ToFen(-0.05m));
        Assert.Equal(14_500.00m, Fen.FromFen(1_450_000L));
        Assert.Equal("0.70", Fen.Format(Fen.FromFen(70)));
    }

    [Fact]
    public void ToFen_FractionOfAFen_Throws()
    {
        Assert.Throws<ArgumentException>(() => Fen.ToFen(0.125m));
    }

    [Fact]
    public void Format_WholeFen_UsesTwoDecimalsInvariantCulture()
    {
        Assert.Equal("14500.00", Fen.Format(14_500m));
        Assert.Equal("-0.05", Fen.Format(-0.05m));
        Assert.Equal("0.00", Fen.Format(0m));
    }

    [Fact]
    public void Format_FractionOfAFen_ThrowsRatherThanRoundingAgain()
    {
        Assert.Throws<ArgumentException>(() => Fen.Format(0.0125m));
    }

    [Fact]
    public void TryParse_AcceptsWholeFenOnly()
    {
        Assert.True(Fen.TryParse("12.30", out var amount));
        Assert.Equal(12.30m, amount);
        Assert.False(Fen.TryParse("12.305", out _));
        Assert.False(Fen.TryParse("12,30", out _));
    }
}
