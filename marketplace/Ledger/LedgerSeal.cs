namespace DataZones.Marketplace.Ledger;

/// <summary>A signed statement that a chain ended with <see cref="Count"/> records and <see cref="LastHash"/>.</summary>
public sealed record LedgerSeal(string Day, string ChainId, string Table, long Count, string LastHash, DateTimeOffset SealedAt, string Signature);
