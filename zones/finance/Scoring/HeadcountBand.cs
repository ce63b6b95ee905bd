using System.Text.Json.Serialization;

namespace DataZones.Zones.Finance.Scoring;

/// <summary>Insured employees in the latest month. Unknown when there is no recent month; known bands ordered from smallest.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HeadcountBand>))]
public enum HeadcountBand
{
    /// <summary>No headcount reported in the last three months.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,

    /// <summary>No insured employees.</summary>
    [JsonStringEnumMemberName("0")]
    None,

    /// <summary>1 to 9.</summary>
    [JsonStringEnumMemberName("1-9")]
    OneToNine,

    /// <summary>10 to 49.</summary>
    [JsonStringEnumMemberName("10-49")]
    TenToFortyNine,

    /// <summary>50 to 299.</summary>
    [JsonStringEnumMemberName("50-299")]
    FiftyToTwoHundredNinetyNine,

    /// <summary>300 or more.</summary>
    [JsonStringEnumMemberName("300-plus")]
    ThreeHundredOrMore,
}
