using System.Text.Json.Serialization;

namespace DataZones.Zones.Medical.Claims;

/// <summary>What a claim verification found (like FHIR ClaimResponse's outcome, for a verification).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClaimOutcome>))]
public enum ClaimOutcome
{
    /// <summary>The visit is recorded and nothing in the claim contradicts it or raises a flag.</summary>
    [JsonStringEnumMemberName("consistent")]
    Consistent,

    /// <summary>The visit is recorded, but at least one element does not match or a fraud flag is raised.</summary>
    [JsonStringEnumMemberName("inconsistent")]
    Inconsistent,

    /// <summary>No visit at that institution on that day is recorded (within the consent's data period).</summary>
    [JsonStringEnumMemberName("not-found")]
    NotFound,
}
