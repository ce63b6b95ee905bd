namespace DataZones.Zones.Finance.Reference;

/// <summary>A court enforcement case (被执行人) against an enterprise.</summary>
/// <param name="CreditCode">The enterprise, as the debtor.</param>
/// <param name="CaseNumber">The case number (案号), e.g. <c>(2024)鲁0202执1234号</c>.</param>
/// <param name="Closed">Whether the case is closed (结案): the judgment was satisfied or enforcement ended.</param>
/// <param name="FiledOn">Date the enforcement case was filed (立案日期).</param>
/// <param name="AmountBand">The amount under enforcement, as a band.</param>
public sealed record CourtEnforcementRecord(
    string CreditCode, string CaseNumber, DateOnly FiledOn, EnforcementAmountBand AmountBand, bool Closed)
    : IFinanceReferenceRecord
{
    public FinanceSource Source => FinanceSource.CourtEnforcement;

    public string RowKey => FinanceRowKeys.CourtEnforcement(CaseNumber);
}
