using System.Text.Json.Serialization;

namespace DataZones.Zones.Finance.Scoring;

/// <summary>The latest annual tax credit rating as a band. Ordered from worst; Unknown (no rating) ranks between C and M.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TaxRatingBand>))]
public enum TaxRatingBand
{
    /// <summary>Rated D.</summary>
    [JsonStringEnumMemberName("D")]
    D,

    /// <summary>Rated C.</summary>
    [JsonStringEnumMemberName("C")]
    C,

    /// <summary>No rating on record.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,

    /// <summary>New taxpayer.</summary>
    [JsonStringEnumMemberName("M")]
    M,

    /// <summary>Rated B.</summary>
    [JsonStringEnumMemberName("B")]
    B,

    /// <summary>Rated A.</summary>
    [JsonStringEnumMemberName("A")]
    A,
}
