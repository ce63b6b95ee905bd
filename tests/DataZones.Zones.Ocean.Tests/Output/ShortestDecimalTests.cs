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
    public void TryFormat_AnyFloatInTheFastRange_MatchesTheFrameworksShortestForm() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(50_000).WithQuietOnSuccess(true), Prop.ForAll(
            (from exponent in Gen.Choose(117, 150) // 2^-10 to 2^23: the magnitudes the fast path takes, and their edges
             from mantissa in Gen.Choose(0, (1 << 23) - 1)
             from negative in Gen.Elements(0, 1)
             select BitConverter.Int32BitsToSingle(negative << 31 | exponent << 23 | mantissa)).ToArbitrary(),
            value => Format(value) == value.ToString(CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(0.001f)]
    [InlineData(9999999f)]
    [InlineData(8388608f)] // 2^23: the spacing below is half the spacing above
    [InlineData(1f)]
    [InlineData(0.5f)]
    [InlineData(-1234567.9f)]
    public void TryFormat_Edges_MatchTheFrameworksShortestForm(float value) =>
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), Format(value));

    [Fact]
    public void TryFormat_DestinationTooSmall_ReturnsFalse()
    {
        Span<byte> tiny = stackalloc byte[2];
        Assert.False(ShortestDecimal.TryFormat(123.25f, tiny, out _));
    }
}
