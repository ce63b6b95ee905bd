using System.Text.Json.Serialization;

namespace DataZones.Zones.Finance.Jobs;

/// <summary>Where an ingestion job is. Queued and running jobs are picked up again after a restart.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IngestionJobState>))]
public enum IngestionJobState
{
    /// <summary>A write link was issued; the job waits for the file and its commit.</summary>
    [JsonStringEnumMemberName("awaiting-upload")]
    AwaitingUpload,

    /// <summary>The file is stored; the job waits for the loader.</summary>
    [JsonStringEnumMemberName("queued")]
    Queued,

    /// <summary>The file is being loaded; the counts grow as it goes.</summary>
    [JsonStringEnumMemberName("running")]
    Running,

    /// <summary>Every line was read; valid lines are loaded, bad ones reported.</summary>
    [JsonStringEnumMemberName("succeeded")]
    Succeeded,

    /// <summary>The file could not be loaded as a whole (e.g. its header lacks a column); see the reason.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,
}
