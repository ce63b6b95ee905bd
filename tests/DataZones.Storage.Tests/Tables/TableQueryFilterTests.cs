using DataZones.Storage.Tables;

namespace DataZones.Storage.Tests.Tables;

public class TableQueryFilterTests
{
    [Fact]
    public void CreateQueryFilter_StringWithQuotes_DoublesQuotes()
    {
        var hostile = "x' or true or 'a'='a";

        var filter = TableClient.CreateQueryFilter($"RowKey eq {hostile}");

        Assert.Equal("RowKey eq 'x'' or true or ''a''=''a'", filter);
    }

    [Fact]
    public void CreateQueryFilter_EveryType_FormatsLiteralByType()
    {
        var time = new DateTimeOffset(2025, 3, 4, 13, 6, 7, TimeSpan.FromHours(8)).AddTicks(5);
        var guid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        var filter = TableClient.CreateQueryFilter(
            $"{1} {2L} {0.1} {3.0} {true} {false} {time} {new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc)} {guid} {new byte[] { 0, 171, 255 }} {BinaryData.FromBytes([1])} {null}");

        Assert.Equal(
            "1 2L 0.1 3 true false datetime'2025-03-04T05:06:07.0000005Z' datetime'2024-01-02T00:00:00.0000000Z' " +
            "guid'0f8fad5b-d9cb-469f-a165-70867728950e' X'00abff' X'01' null",
            filter);
    }

    [Fact]
    public void CreateQueryFilter_FormatSpecifierAndBraces_AreIgnoredAndKept()
    {
        var filter = TableClient.CreateQueryFilter($"A eq {"v":X} and B eq '{{literal}}'");

        Assert.Equal("A eq 'v' and B eq '{literal}'", filter);
    }

    [Fact]
    public void CreateQueryFilter_UnsupportedType_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => TableClient.CreateQueryFilter($"Amount eq {1.5m}"));
    }

    [Fact]
    public void CreateQueryFilter_DoubleRoundTrips_UsesInvariantShortestForm()
    {
        var filter = TableClient.CreateQueryFilter($"{1.0 / 3}");

        Assert.Equal((1.0 / 3).ToString("R", System.Globalization.CultureInfo.InvariantCulture), filter);
        Assert.Equal(1.0 / 3, double.Parse(filter, System.Globalization.CultureInfo.InvariantCulture));
    }
}
