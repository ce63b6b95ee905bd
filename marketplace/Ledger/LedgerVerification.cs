namespace DataZones.Marketplace.Ledger;

/// <summary>The result of recomputing the ledger for a period: intact, or the first broken link.</summary>
public sealed record LedgerVerification(
    DateOnly From,
    DateOnly To,
    int ChainsChecked,
    long RecordsChecked,
    int SealsChecked,
    BrokenLink? FirstBrokenLink)
{
    public bool Intact => FirstBrokenLink is null;
}
