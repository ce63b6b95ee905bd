namespace DataZones.Marketplace.Metering;

/// <summary>
/// Where one hour's chain of a <see cref="UsageChain"/> shard stands: its current segment, the next position and the
/// last hash. <see cref="ChainId"/> is null until a segment is open, and again after <see cref="Abandon"/>.
/// </summary>
internal sealed class ChainCursor(string table, DateTimeOffset hourStart)
{
    public string Table { get; } = table;

    public DateTimeOffset HourStart { get; } = hourStart;

    /// <summary>The last segment opened, −1 before the first.</summary>
    public int Segment { get; private set; } = -1;

    public string? ChainId { get; private set; }

    public long NextSequence { get; private set; }

    public string LastHash { get; private set; } = "";

    public void Start(int segment, string chainId, string genesisHash) =>
        (Segment, ChainId, NextSequence, LastHash) = (segment, chainId, 0, genesisHash);

    public void Advance(int records, string lastHash) => (NextSequence, LastHash) = (NextSequence + records, lastHash);

    /// <summary>After a write whose outcome is unknown: its positions may be taken, so the next write opens a new segment.</summary>
    public void Abandon() => ChainId = null;
}
