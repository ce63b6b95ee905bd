namespace DataZones.Marketplace.Ledger;

/// <summary>The first place a chain does not verify: which chain, which position, which request, and why.</summary>
public sealed record BrokenLink(string Day, string ChainId, long Sequence, string? RequestId, string Reason);
