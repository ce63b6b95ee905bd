namespace DataZones.Zones.Finance.Reference;

/// <summary>
/// A listing of the enterprise as a dishonest debtor (失信被执行人). The listing is active until
/// <see cref="RemovedOn"/>; a removed listing is history, not a current flag.
/// </summary>
/// <param name="CreditCode">The enterprise.</param>
/// <param name="CaseNumber">The enforcement case the listing comes from.</param>
/// <param name="ListedOn">Date of publication on the list.</param>
/// <param name="RemovedOn">Date of removal from the list, if removed.</param>
public sealed record DishonestDebtorRecord(
    string CreditCode, string CaseNumber, DateOnly ListedOn, DateOnly? RemovedOn) : IFinanceReferenceRecord
{
    public FinanceSource Source => FinanceSource.DishonestDebtor;

    public string RowKey => FinanceRowKeys.DishonestDebtor(CaseNumber);

    /// <summary>Whether the listing is in force on <paramref name="date"/>.</summary>
    public bool IsActiveOn(DateOnly date) => ListedOn <= date && (RemovedOn is null || RemovedOn > date);
}
