using System.Text.Json.Serialization;

namespace DataZones.Marketplace.Consent;

/// <summary>Why a call's consent does not allow it; the <c>reason</c> of a <c>consent-required</c> problem.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConsentRefusal>))]
public enum ConsentRefusal
{
    /// <summary>The call names no consent (or no person).</summary>
    [JsonStringEnumMemberName("missing")]
    Missing,

    /// <summary>No consent has this id.</summary>
    [JsonStringEnumMemberName("not-found")]
    NotFound,

    [JsonStringEnumMemberName("expired")]
    Expired,

    [JsonStringEnumMemberName("revoked")]
    Revoked,

    /// <summary>The consent was given to another consumer.</summary>
    [JsonStringEnumMemberName("other-grantee")]
    OtherGrantee,

    /// <summary>The consent does not cover this product.</summary>
    [JsonStringEnumMemberName("other-purpose")]
    OtherPurpose,

    /// <summary>The consent is another person's.</summary>
    [JsonStringEnumMemberName("other-person")]
    OtherPerson,
}
