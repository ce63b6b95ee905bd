using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.DemoData;

/// <summary>
/// One generated enterprise with its facts from every source, as the holders would export them: the legal
/// representative's identity number is in clear here, because that is what holders' files carry. It is synthetic,
/// lives only while its rows are written, and is hashed when the files are ingested.
/// </summary>
internal sealed record DemoEnterprise(
    string CreditCode,
    string Name,
    EnterpriseStatus Status,
    string LegalRepresentativeName,
    string LegalRepresentativeIdNumber,
    decimal RegisteredCapitalCny,
    DateOnly EstablishedOn,
    string IndustryCode,
    string DistrictCode,
    IReadOnlyList<TaxRatingRecord> TaxRatings,
    IReadOnlyList<HeadcountRecord> Headcounts,
    IReadOnlyList<UtilityPaymentRecord> UtilityPayments,
    IReadOnlyList<AdministrativePenaltyRecord> Penalties,
    IReadOnlyList<CourtEnforcementRecord> CourtEnforcements,
    IReadOnlyList<DishonestDebtorRecord> DishonestDebtorListings)
{
    public override string ToString() => $"DemoEnterprise {{ CreditCode = {CreditCode} }}";
}
