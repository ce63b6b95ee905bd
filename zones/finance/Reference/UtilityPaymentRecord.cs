namespace DataZones.Zones.Finance.Reference;

/// <summary>
/// An enterprise's utility bills (water, power, gas) for one month and how many were paid on time.
/// Counts rather than a ratio, so that months aggregate exactly.
/// </summary>
/// <param name="CreditCode">The enterprise.</param>
/// <param name="Month">The billing month.</param>
/// <param name="BillsDue">Bills due in the month, ≥ 1.</param>
/// <param name="BillsPaidOnTime">Of those, paid by the due date: 0 ≤ paid ≤ due.</param>
public sealed record UtilityPaymentRecord(string CreditCode, YearMonth Month, int BillsDue, int BillsPaidOnTime)
    : IFinanceReferenceRecord
{
    public FinanceSource Source => FinanceSource.UtilityPayment;

    public string RowKey => FinanceRowKeys.UtilityPayment(Month);
}
