using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Edr;

namespace DataZones.Zones.Ocean.Tests.Edr;

public sealed class EdrQueryParserTests
{
    private static readonly DatasetDescriptor Dataset = TestDataset.Descriptor();

    [Fact]
    public void Parse_PositionWithEverything_IsAQuery()
    {
        var result = EdrQueryParser.Parse(EdrQueryKind.Position, new(
            Coords: "POINT(120.5 35.5)", Datetime: "2025-01-02/2025-01-04",
            ParameterName: "sea_surface_wave_significant_height, sea_surface_temperature", Aggregate: "temporal-mean"), Dataset);

        var query = result.Value;
        Assert.Equal(new Geometry.GeoPoint(120.5, 35.5), query.Point);
        Assert.Equal(["sea_surface_wave_significant_height", "sea_surface_temperature"], query.Parameters.Select(p => p.Name));
        Assert.Equal(EdrAggregation.TemporalMean, query.Aggregation);
    }

    [Fact]
    public void Parse_NoParameterName_SelectsEveryParameter()
    {
        var result = EdrQueryParser.Parse(EdrQueryKind.Cube, new(Bbox: "120,35,121,36"), Dataset);

        Assert.Equal(Dataset.Parameters, result.Value.Parameters);
        Assert.Equal(DateTimeSelection.All, result.Value.Datetime);
    }

    [Fact]
    public void Parse_SeveralMistakes_ReportsEveryOneAtOnce()
    {
        var result = EdrQueryParser.Parse(EdrQueryKind.Position, new(
            Coords: "POINT(120 91)", Datetime: "2025-01-05/2025-01-01", ParameterName: "sea_surface_temperature,chlorophyll",
            Z: "10", Aggregate: "max"), Dataset);

        Assert.Equal(
            [EdrProblemCodes.LatitudeOutOfRange, EdrProblemCodes.ReversedInterval, EdrProblemCodes.UnknownParameter,
             EdrProblemCodes.ZNotAvailable, EdrProblemCodes.UnknownAggregation],
            result.Problems.Select(p => p.Code));
        Assert.Contains("chlorophyll", result.Problems[2].Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EdrQueryKind.Position, EdrProblemCodes.MissingCoords)]
    [InlineData(EdrQueryKind.Area, EdrProblemCodes.MissingCoords)]
    [InlineData(EdrQueryKind.Cube, EdrProblemCodes.MissingBbox)]
    public void Parse_MissingGeometry_IsAProblem(EdrQueryKind kind, string code)
    {
        Assert.Equal(code, Assert.Single(EdrQueryParser.Parse(kind, new(), Dataset).Problems).Code);
    }

    [Fact]
    public void Parse_PointGivenToArea_IsMalformedWkt()
    {
        Assert.Equal(EdrProblemCodes.MalformedWkt, Assert.Single(EdrQueryParser.Parse(EdrQueryKind.Area, new(Coords: "POINT(120 35)"), Dataset).Problems).Code);
    }

    [Fact]
    public void Parse_EmptyParameterNameItem_IsMalformed()
    {
        Assert.Equal(EdrProblemCodes.MalformedParameterName,
            Assert.Single(EdrQueryParser.Parse(EdrQueryKind.Cube, new(Bbox: "120,35,121,36", ParameterName: "sea_surface_temperature,"), Dataset).Problems).Code);
    }

    [Fact]
    public void Parse_ZOnADatasetWithDepths_IsKept()
    {
        var result = EdrQueryParser.Parse(EdrQueryKind.Position, new(Coords: "POINT(120 35)", Z: "10"), TestDataset.Descriptor([0, 10, 20]));

        Assert.Equal(10, result.Value.Z);
    }
}
