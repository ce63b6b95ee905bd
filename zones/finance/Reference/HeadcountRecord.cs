namespace DataZones.Zones.Finance.Reference;

/// <summary>
/// The number of employees an enterprise insured in one month (社保参保人数), held by the social-security bureau.
/// </summary>
public sealed record HeadcountRecord(string CreditCode, YearMonth Month, int InsuredEmployees) : IFinanceReferenceRecord
{
    public FinanceSource Source => FinanceSource.Headcount;

    public string RowKey => FinanceRowKeys.Headcount(Month);
}
