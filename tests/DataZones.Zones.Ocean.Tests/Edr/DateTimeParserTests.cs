using DataZones.Zones.Ocean.Edr;

namespace DataZones.Zones.Ocean.Tests.Edr;

public sealed class DateTimeParserTests
{
    private static readonly DateTimeOffset March1 = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Parse_Instant_IsAnInstant()
    {
        var result = DateTimeParser.Parse("2025-03-01T00:00:00Z");

        Assert.Equal(new DateTimeSelection(March1, March1, IsInstant: true), result.Value);
    }

    [Fact]
    public void Parse_InstantWithOffset_IsConvertedToUtc()
    {
        var result = DateTimeParser.Parse("2025-03-01T08:00:00+08:00");

        Assert.Equal(March1, result.Value.Start);
    }

    [Fact]
    public void Parse_Date_IsTheWholeUtcDay()
    {
        var result = DateTimeParser.Parse("2025-03-01");

        Assert.Equal(new DateTimeSelection(March1, March1.AddDays(1).AddTicks(-1), IsInstant: false), result.Value);
    }

    [Fact]
    public void Parse_ClosedInterval_IncludesBothEnds()
    {
        var result = DateTimeParser.Parse("2025-03-01T00:00:00Z/2025-03-05");

        Assert.Equal(new DateTimeSelection(March1, March1.AddDays(5).AddTicks(-1), IsInstant: false), result.Value);
    }

    [Theory]
    [InlineData("../2025-03-01T00:00:00Z", null, "2025-03-01T00:00:00Z")]
    [InlineData("2025-03-01T00:00:00Z/..", "2025-03-01T00:00:00Z", null)]
    [InlineData("../..", null, null)]
    public void Parse_OpenInterval_LeavesTheOpenEndNull(string text, string? start, string? end)
    {
        var result = DateTimeParser.Parse(text);

        Assert.Equal(start is null ? null : DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), result.Value.Start);
        Assert.Equal(end is null ? null : DateTimeOffset.Parse(end, System.Globalization.CultureInfo.InvariantCulture), result.Value.End);
    }

    [Fact]
    public void Parse_ReversedInterval_IsRejected()
    {
        var problem = Assert.Single(DateTimeParser.Parse("2025-03-05T00:00:00Z/2025-03-01T00:00:00Z").Problems);

        Assert.Equal(EdrProblemCodes.ReversedInterval, problem.Code);
        Assert.Equal("datetime", problem.Parameter);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2025-13-01")]
    [InlineData("03/01/2025")]
    [InlineData("2025-03-01/2025-03-02/2025-03-03")]
    [InlineData("..")]
    public void Parse_Malformed_IsMalformedDatetime(string text)
    {
        Assert.Equal(EdrProblemCodes.MalformedDatetime, Assert.Single(DateTimeParser.Parse(text).Problems).Code);
    }
}
