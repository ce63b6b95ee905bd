namespace DataZones.Zones.Finance.Reference;

/// <summary>
/// A fact about one enterprise from one source. All of an enterprise's facts share a partition (its credit code),
/// so a credit profile is read with one partition query; the row key tells the facts apart and makes re-ingesting
/// the same file an idempotent upsert.
/// </summary>
public interface IFinanceReferenceRecord
{
    /// <summary>The enterprise's normalised unified social credit code: the partition key.</summary>
    string CreditCode { get; }

    /// <summary>Where the fact comes from, and so which holder it belongs to.</summary>
    FinanceSource Source { get; }

    /// <summary>The row key, unique within the enterprise's partition; see <see cref="FinanceRowKeys"/>.</summary>
    string RowKey { get; }
}
