using System.Text.Json.Serialization;

namespace DataZones.Zones.Finance.Verification;

/// <summary>The overall outcome of an enterprise verification.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VerificationOutcome>))]
public enum VerificationOutcome
{
    /// <summary>The enterprise exists and every supplied element matches.</summary>
    [JsonStringEnumMemberName("match")]
    Match,

    /// <summary>The enterprise exists and at least one supplied element does not match.</summary>
    [JsonStringEnumMemberName("mismatch")]
    Mismatch,

    /// <summary>No enterprise is registered under the credit code. Billed: the lookup was made.</summary>
    [JsonStringEnumMemberName("not-found")]
    NotFound,
}
