using DataZones.Zones.Ocean.Edr;
using DataZones.Zones.Ocean.Geometry;

namespace DataZones.Zones.Ocean.Tests.Edr;

public sealed class WktParserTests
{
    [Theory]
    [InlineData("POINT(120.5 36.1)")]
    [InlineData("point ( 120.5   36.1 )")]
    [InlineData("POINT(1.205e2 36.1)")]
    public void ParsePoint_WellFormed_IsLongitudeThenLatitude(string text)
    {
        var result = WktParser.ParsePoint(text);

        Assert.True(result.IsValid);
        Assert.Equal(new GeoPoint(120.5, 36.1), result.Value);
    }

    [Theory]
    [InlineData("POINT(120.5)")]
    [InlineData("POINT(120.5 36.1 3)")]
    [InlineData("POINT 120.5 36.1")]
    [InlineData("POINT(east north)")]
    [InlineData("POINT(NaN 36)")]
    [InlineData("LINESTRING(0 0, 1 1)")]
    [InlineData("")]
    public void ParsePoint_Malformed_IsMalformedWkt(string text)
    {
        var result = WktParser.ParsePoint(text);

        Assert.Equal(EdrProblemCodes.MalformedWkt, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void ParsePoint_LatitudeBeyondNinety_IsLatitudeOutOfRange()
    {
        var problem = Assert.Single(WktParser.ParsePoint("POINT(120 91)").Problems);

        Assert.Equal(EdrProblemCodes.LatitudeOutOfRange, problem.Code);
        Assert.Equal("coords", problem.Parameter);
        Assert.Contains("out of range", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ParsePoint_LongitudeBeyond180_IsLongitudeOutOfRange()
    {
        Assert.Equal(EdrProblemCodes.LongitudeOutOfRange, Assert.Single(WktParser.ParsePoint("POINT(181 36)").Problems).Code);
    }

    [Fact]
    public void ParsePolygon_ClosedRingWithHole_KeepsBothRings()
    {
        var result = WktParser.ParsePolygon("POLYGON((120 35, 122 35, 122 37, 120 37, 120 35), (120.5 35.5, 121 35.5, 121 36, 120.5 35.5))");

        Assert.True(result.IsValid);
        Assert.Equal(2, result.Value.Rings.Count);
        Assert.False(result.Value.Contains(120.8, 35.6));
        Assert.True(result.Value.Contains(121.5, 36.5));
    }

    [Theory]
    [InlineData("POLYGON((120 35, 122 35, 122 37, 120 37))", EdrProblemCodes.PolygonNotClosed)]
    [InlineData("POLYGON((120 35, 122 35, 120 35))", EdrProblemCodes.PolygonTooFewPoints)]
    [InlineData("POLYGON(120 35, 122 35, 122 37, 120 35)", EdrProblemCodes.MalformedWkt)]
    [InlineData("POLYGON((120 35, 122 35, 122 37, 120 35)", EdrProblemCodes.MalformedWkt)]
    [InlineData("POLYGON((120 35, 122 95, 122 37, 120 35))", EdrProblemCodes.LatitudeOutOfRange)]
    public void ParsePolygon_Invalid_NamesTheReason(string text, string code)
    {
        Assert.Equal(code, Assert.Single(WktParser.ParsePolygon(text).Problems).Code);
    }
}
