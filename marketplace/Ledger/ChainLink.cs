namespace DataZones.Marketplace.Ledger;

/// <summary>Where a usage record sits in the ledger: its chain, its position, its predecessor's hash and its own.</summary>
/// <param name="Table">The usage table (one per business day).</param>
/// <param name="ChainId">The chain, which is also the record's partition key.</param>
/// <param name="Sequence">Position in the chain, from 0; also the row key.</param>
/// <param name="PreviousHash">Hex SHA-256 of the predecessor, or of the chain's genesis for sequence 0.</param>
/// <param name="Hash">Hex SHA-256 of this record's canonical form, which includes <paramref name="PreviousHash"/>.</param>
public sealed record ChainLink(string Table, string ChainId, long Sequence, string PreviousHash, string Hash);
