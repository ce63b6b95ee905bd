using System.Text.Json.Serialization;

namespace DataZones.Zones.Finance.Scoring;

/// <summary>How long the enterprise has existed. Ordered from shortest to longest.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AgeBand>))]
public enum AgeBand
{
    /// <summary>Less than 12 months.</summary>
    [JsonStringEnumMemberName("under-1y")]
    UnderOneYear,

    /// <summary>12 to 35 months.</summary>
    [JsonStringEnumMemberName("1-3y")]
    OneToThreeYears,

    /// <summary>36 to 59 months.</summary>
    [JsonStringEnumMemberName("3-5y")]
    ThreeToFiveYears,

    /// <summary>60 to 119 months.</summary>
    [JsonStringEnumMemberName("5-10y")]
    FiveToTenYears,

    /// <summary>120 months or more.</summary>
    [JsonStringEnumMemberName("10y-plus")]
    TenYearsOrMore,
}
