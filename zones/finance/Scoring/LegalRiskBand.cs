using System.Text.Json.Serialization;

namespace DataZones.Zones.Finance.Scoring;

/// <summary>Legal risk from penalties, court enforcement and dishonest-debtor listings. Ordered from lowest risk to highest.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LegalRiskBand>))]
public enum LegalRiskBand
{
    /// <summary>No record.</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>Minor records only (deduction up to 50).</summary>
    [JsonStringEnumMemberName("low")]
    Low,

    /// <summary>Deduction 51 to 150.</summary>
    [JsonStringEnumMemberName("medium")]
    Medium,

    /// <summary>Deduction over 150.</summary>
    [JsonStringEnumMemberName("high")]
    High,

    /// <summary>Currently listed as a dishonest debtor.</summary>
    [JsonStringEnumMemberName("severe")]
    Severe,
}
