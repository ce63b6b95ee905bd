using System.Text.Json.Serialization;

namespace DataZones.Zones.Finance.Scoring;

/// <summary>Share of utility bills paid on time over the last 12 months. Known bands ordered from worst.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PaymentPunctualityBand>))]
public enum PaymentPunctualityBand
{
    /// <summary>No bills on record.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,

    /// <summary>Under 80 %.</summary>
    [JsonStringEnumMemberName("very-poor")]
    VeryPoor,

    /// <summary>80 % to under 90 %.</summary>
    [JsonStringEnumMemberName("poor")]
    Poor,

    /// <summary>90 % to under 95 %.</summary>
    [JsonStringEnumMemberName("fair")]
    Fair,

    /// <summary>95 % to under 98 %.</summary>
    [JsonStringEnumMemberName("good")]
    Good,

    /// <summary>98 % or more.</summary>
    [JsonStringEnumMemberName("excellent")]
    Excellent,
}
