using System.Text.Json.Serialization;

namespace DataZones.Zones.Transport.Accidents;

/// <summary>The verdict of an accident verification.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AccidentOutcome>))]
public enum AccidentOutcome
{
    /// <summary>The accident is recorded, the vehicle was a party, and the declared time and place (if given) agree.</summary>
    [JsonStringEnumMemberName("verified")]
    Verified,

    /// <summary>A recorded accident of this vehicle was found, but the declared time or place disagrees.</summary>
    [JsonStringEnumMemberName("inconsistent")]
    Inconsistent,

    /// <summary>No recorded accident matches: no such case, the vehicle was not a party, or none near the declared time.</summary>
    [JsonStringEnumMemberName("not-found")]
    NotFound,
}
