using System.Text.Json.Serialization;

namespace DataZones.Zones.Finance.Scoring;

/// <summary>Year-on-year change of the insured headcount (three-month averages). Known bands ordered from worst.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HeadcountTrendBand>))]
public enum HeadcountTrendBand
{
    /// <summary>Less than 15 months of history.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,

    /// <summary>Down 20 % or more.</summary>
    [JsonStringEnumMemberName("shrinking-fast")]
    ShrinkingFast,

    /// <summary>Down 5 % to under 20 %.</summary>
    [JsonStringEnumMemberName("shrinking")]
    Shrinking,

    /// <summary>Within ±5 %.</summary>
    [JsonStringEnumMemberName("stable")]
    Stable,

    /// <summary>Up 5 % or more.</summary>
    [JsonStringEnumMemberName("growing")]
    Growing,
}
