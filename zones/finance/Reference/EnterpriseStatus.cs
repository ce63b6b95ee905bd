using System.Text.Json.Serialization;

namespace DataZones.Zones.Finance.Reference;

/// <summary>Registration status of an enterprise (登记状态).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EnterpriseStatus>))]
public enum EnterpriseStatus
{
    /// <summary>Registered and operating (存续/在业).</summary>
    [JsonStringEnumMemberName("active")]
    Active,

    /// <summary>Business licence revoked (吊销).</summary>
    [JsonStringEnumMemberName("revoked")]
    Revoked,

    /// <summary>Deregistered (注销).</summary>
    [JsonStringEnumMemberName("cancelled")]
    Cancelled,
}
