namespace DataZones.Marketplace.Access;

/// <summary>Configuration section <c>Access</c>.</summary>
public sealed class AccessOptions
{
    public const string SectionName = "Access";

    /// <summary>
    /// How long an instance trusts a key or app record it has read: a revocation made on another instance applies
    /// there within this many seconds.
    /// </summary>
    public int CacheSeconds { get; set; } = 30;

    /// <summary>How many records an instance keeps in memory at most.</summary>
    public int CacheEntriesMax { get; set; } = 100_000;
}
