using DataZones.Zones.Ocean.Edr;
using DataZones.Zones.Ocean.Geometry;

namespace DataZones.Zones.Ocean.Tests.Edr;

public sealed class BboxParserTests
{
    [Fact]
    public void Parse_FourNumbers_IsMinLonMinLatMaxLonMaxLat()
    {
        Assert.Equal(new BoundingBox(120, 35.5, 121.5, 36), BboxParser.Parse("120, 35.5,121.5,36").Value);
    }

    [Theory]
    [InlineData("120,35,121", EdrProblemCodes.MalformedBbox)]
    [InlineData("120,35,121,x", EdrProblemCodes.MalformedBbox)]
    [InlineData("121,35,120,36", EdrProblemCodes.MalformedBbox)]
    [InlineData("120,-95,121,36", EdrProblemCodes.LatitudeOutOfRange)]
    [InlineData("-200,35,121,36", EdrProblemCodes.LongitudeOutOfRange)]
    public void Parse_Invalid_NamesTheReason(string text, string code)
    {
        Assert.Equal(code, Assert.Single(BboxParser.Parse(text).Problems).Code);
    }
}
