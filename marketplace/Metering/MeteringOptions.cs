namespace DataZones.Marketplace.Metering;

/// <summary>Configuration section <c>Metering</c>.</summary>
public sealed class MeteringOptions
{
    public const string SectionName = "Metering";

    /// <summary>
    /// Chains (partitions) each instance writes, taking turns. Table Storage serves about 2,000 entities/s per
    /// partition, so 16 chains let one instance write well beyond what it can serve without a hot partition.
    /// </summary>
    public int ShardCount { get; set; } = 16;

    /// <summary>
    /// Transactions in flight at once. Fewer means larger batches under load (each transaction has a fixed cost);
    /// more means lower latency when storage has spare capacity.
    /// </summary>
    public int TransactionsInFlightMax { get; set; } = 4;

    /// <summary>
    /// Records per chain before the chain is closed and the next one opened. Bounds partition size: Azurite scans a
    /// partition on every insert, and a verifier or sealer reads a chain in one pass.
    /// </summary>
    public long ChainLengthMax { get; set; } = 2_000;

    /// <summary>Records per transaction at most (Table Storage's limit is 100).</summary>
    public int BatchSizeMax { get; set; } = 100;

    /// <summary>Records waiting per shard at most; a full queue makes callers wait (back-pressure), never drops.</summary>
    public int QueueLengthMax { get; set; } = 10_000;
}
