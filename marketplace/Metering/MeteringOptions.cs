namespace DataZones.Marketplace.Metering;

/// <summary>Configuration section <c>Metering</c>.</summary>
public sealed class MeteringOptions
{
    public const string SectionName = "Metering";

    /// <summary>
    /// Chains (partitions) each instance writes in parallel. More shards spread load across partitions (Table
    /// Storage serves about 2,000 entities/s per partition); fewer fill each 100-entity transaction better.
    /// </summary>
    public int ShardCount { get; set; } = 16;

    /// <summary>Records per transaction at most (Table Storage's limit is 100).</summary>
    public int BatchSizeMax { get; set; } = 100;

    /// <summary>Records waiting per shard at most; a full queue makes callers wait (back-pressure), never drops.</summary>
    public int QueueLengthMax { get; set; } = 10_000;
}
