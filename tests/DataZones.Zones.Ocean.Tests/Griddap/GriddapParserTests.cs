using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Griddap;

namespace DataZones.Zones.Ocean.Tests.Griddap;

/// <summary>ERDDAP's constraint syntax on the test sea: 10 days from 2025-01-01, latitudes 35–36 by 0.25, longitudes 120–121.25 by 0.25.</summary>
public sealed class GriddapParserTests
{
    private static readonly DataZones.Zones.Ocean.Datasets.DatasetDescriptor Dataset = TestDataset.Descriptor();

    [Theory]
    [InlineData("sea_surface_temperature[(2025-01-02T00:00:00Z):1:(2025-01-04T00:00:00Z)][(35.25):1:(35.75)][(120.5):1:(121)]", 1, 3, 1, 3, 2, 3)]
    [InlineData("sea_surface_temperature[1:1:3][1:1:3][2:1:4]", 1, 3, 1, 3, 2, 3)]
    [InlineData("sea_surface_temperature[1:3][1:3][2:4]", 1, 3, 1, 3, 2, 3)]
    [InlineData("sea_surface_temperature[(last)][0][last]", 9, 1, 0, 1, 5, 1)]
    [InlineData("sea_surface_temperature[last-2:last][(35.3)][(120.1):(120.4)]", 7, 3, 1, 1, 0, 3)] // 120.4 is nearest to 120.5
    [InlineData("sea_surface_temperature", 0, 10, 0, 5, 0, 6)]
    [InlineData("sea_surface_temperature%5B(2025-01-02):1:(2025-01-04)%5D%5B1:3%5D%5B2:4%5D", 1, 3, 1, 3, 2, 3)]
    public void Constraints_SelectTheIndexRanges(string query, int t0, int tn, int y0, int yn, int x0, int xn)
    {
        var parsed = GriddapParser.Parse(query, Dataset);

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Problems.Select(p => p.Detail)));
        Assert.Equal((new IndexRange(t0, tn), new IndexRange(y0, yn), new IndexRange(x0, xn)), (parsed.Value.Time, parsed.Value.Latitude, parsed.Value.Longitude));
    }

    [Fact]
    public void Strides_AreKeptPerDimension_AndDefaultToOne()
    {
        var parsed = GriddapParser.Parse("sea_surface_temperature[0:2:4][0:1:2][1]", Dataset);

        Assert.Equal((2, 1, 1), parsed.Value.Strides);
        Assert.Equal(5, parsed.Value.Time.Count);
    }

    [Fact]
    public void SeveralVariables_SameConstraints_AreAskedInOrder_AndNoVariableMeansAll()
    {
        var both = GriddapParser.Parse("sea_surface_wave_significant_height[0][0][0],sea_surface_temperature[0][0][0]", Dataset);
        var all = GriddapParser.Parse("", Dataset);

        Assert.Equal(["sea_surface_wave_significant_height", "sea_surface_temperature"], both.Value.Parameters.Select(p => p.Name));
        Assert.Equal(Dataset.Parameters.Select(p => p.Name), all.Value.Parameters.Select(p => p.Name));
    }

    [Theory]
    [InlineData("sea_surface_temperature[0:0:4][0][0]", GriddapParser.InvalidStride)]
    [InlineData("sea_surface_temperature[0:x:4][0][0]", GriddapParser.InvalidStride)]
    [InlineData("no_such_variable[0][0][0]", GriddapParser.UnknownVariable)]
    [InlineData("sea_surface_temperature[0][0]", GriddapParser.MalformedConstraint)]
    [InlineData("sea_surface_temperature[0][0][9]", GriddapParser.OutOfRange)]
    [InlineData("sea_surface_temperature[(2024-06-01)][0][0]", GriddapParser.OutOfRange)]
    [InlineData("sea_surface_temperature[(37.5)][0][0]", GriddapParser.OutOfRange)]
    [InlineData("sea_surface_temperature[3:1][0][0]", GriddapParser.OutOfRange)]
    [InlineData("sea_surface_temperature[x][0][0]", GriddapParser.MalformedConstraint)]
    [InlineData("sea_surface_temperature[0][0][0],sea_surface_wave_significant_height[1][0][0]", GriddapParser.DifferentConstraints)]
    [InlineData("sea surface[0]", GriddapParser.MalformedConstraint)]
    public void BadConstraints_AreProblemsWithTheirCode(string query, string code)
    {
        var parsed = GriddapParser.Parse(query, Dataset);

        Assert.False(parsed.IsValid);
        Assert.Contains(parsed.Problems, p => p.Code == code);
    }
}
