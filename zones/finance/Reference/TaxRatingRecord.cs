namespace DataZones.Zones.Finance.Reference;

/// <summary>An enterprise's tax credit rating for one year (纳税信用等级), held by the tax bureau.</summary>
public sealed record TaxRatingRecord(string CreditCode, int Year, TaxCreditRating Rating) : IFinanceReferenceRecord
{
    public FinanceSource Source => FinanceSource.TaxRating;

    public string RowKey => FinanceRowKeys.TaxRating(Year);
}
