using System.Globalization;
using System.Text;
using DataZones.Zones.Ocean.Output;
using FsCheck;
using FsCheck.Fluent;

namespace DataZones.Zones.Ocean.Tests.Output;

public sealed class ShortestDecimalTests
{
    private static string Format(float value)
    {
        Span<byte> buffer = stackalloc byte[64];
        Assert.True(ShortestDecimal.TryFormat(value, buffer, out var written));
        return Encoding.UTF8.GetString(buffer[..written]);
    }

    [Theory]
    [InlineData(3.65f, "3.65")]
    [InlineData(0.05f, "0.05")]
    [InlineData(-0.05f, "-0.05")]
    [InlineData(36f, "36")]
    [InlineData(120.25f, "120.25")]
    [InlineData(0.001f, "0.001")]
    [InlineData(31.2345f, "31.2345")]
    [InlineData(1e-5f, "1E-05")]
    [InlineData(3e9f, "3E+09")]
    public void TryFormat_TypicalValues_AreTheFewestDecimals(float value, string expected) => Assert.Equal(expected, Format(value));

    [Fact]
    public void TryFormat_AnyFiniteFloat_ParsesBackToTheSameFloat() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(20_000).WithQuietOnSuccess(true), Prop.ForAll(
            ArbMap.Default.GeneratorFor<float>().Where(float.IsFinite).ToArbitrary(),
            value => float.Parse(Format(value), CultureInfo.InvariantCulture) == value));

    [Fact]
    public void TryFormat_ValuesWithFewDecimals_MatchTheFrameworksShortestForm() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(20_000).WithQuietOnSuccess(true), Prop.ForAll(
            (from units in Gen.Choose(-5_000_000, 5_000_000) from decimals in Gen.Choose(0, 4) select (float)(units / Math.Pow(10, decimals))).ToArbitrary(),
            value => Format(value) == value.ToString(CultureInfo.InvariantCulture)));

    [Fact]
    public void TryFormat_DestinationTooSmall_ReturnsFalse()
    {
        Span<byte> tiny = stackalloc byte[2];
        Assert.False(ShortestDecimal.TryFormat(123.25f, tiny, out _));
    }
}
