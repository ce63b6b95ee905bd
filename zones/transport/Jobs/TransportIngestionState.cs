using System.Text.Json.Serialization;

namespace DataZones.Zones.Transport.Jobs;

/// <summary>Where a transport ingestion is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TransportIngestionState>))]
public enum TransportIngestionState
{
    [JsonStringEnumMemberName("queued")]
    Queued,

    [JsonStringEnumMemberName("running")]
    Running,

    /// <summary>Every line was read; valid lines are loaded, bad ones reported with their line numbers.</summary>
    [JsonStringEnumMemberName("succeeded")]
    Succeeded,

    /// <summary>The file could not be loaded as a whole (its header lacks a column, or storage failed to the end).</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,
}
