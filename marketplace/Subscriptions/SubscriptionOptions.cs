namespace DataZones.Marketplace.Subscriptions;

/// <summary>Configuration section <c>Subscriptions</c>.</summary>
public sealed class SubscriptionOptions
{
    public const string SectionName = "Subscriptions";

    /// <summary>Approve requests for general-grade products at once (important and core always wait for the operator).</summary>
    public bool AutoApproveGeneral { get; set; } = true;

    /// <summary>How long an instance may serve a consumer's subscriptions from memory before reading them again.</summary>
    public int CacheSeconds { get; set; } = 30;

    /// <summary>How many consumers' subscription lists an instance keeps in memory at most.</summary>
    public int CacheEntriesMax { get; set; } = 100_000;
}
