using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Settlement;

/// <summary>
/// Partition names of table <c>settlements</c>. A month's settled lines and each party's statement are spread over
/// <see cref="Count"/> partitions by a stable hash of the document id: a popular holder's month may hold a line per
/// consumer × product, and one partition takes about 2,000 entities/s, so one partition per statement would cap
/// settlement at that rate. Reading a statement is then <see cref="Count"/> partition reads.
/// </summary>
public static class SettlementShards
{
    public const int Count = 16;

    public static string Lines(DateOnly periodStart, int shard) => $"m-{Keys.Month(periodStart)}-{shard:D2}";

    public static string Parties(DateOnly periodStart) => $"m-{Keys.Month(periodStart)}-parties";

    public static string Statement(DateOnly periodStart, string party, int shard) => $"s-{Keys.Month(periodStart)}-{party}-{shard:D2}";

    /// <summary>FNV-1a of the document id: stable across processes and versions (unlike string.GetHashCode).</summary>
    public static int Of(string documentId)
    {
        var hash = 2166136261u;
        foreach (var c in documentId)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }
        return (int)(hash % Count);
    }
}
