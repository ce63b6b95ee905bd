using System.Text.Json.Serialization;

namespace DataZones.Zones.Finance.Scoring;

/// <summary>Registered capital. Ordered from smallest to largest.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CapitalBand>))]
public enum CapitalBand
{
    /// <summary>Under ¥1 million.</summary>
    [JsonStringEnumMemberName("under-1m")]
    UnderOneMillion,

    /// <summary>¥1 million to under ¥5 million.</summary>
    [JsonStringEnumMemberName("1m-5m")]
    OneToFiveMillion,

    /// <summary>¥5 million to under ¥10 million.</summary>
    [JsonStringEnumMemberName("5m-10m")]
    FiveToTenMillion,

    /// <summary>¥10 million to under ¥50 million.</summary>
    [JsonStringEnumMemberName("10m-50m")]
    TenToFiftyMillion,

    /// <summary>¥50 million or more.</summary>
    [JsonStringEnumMemberName("50m-plus")]
    FiftyMillionOrMore,
}
