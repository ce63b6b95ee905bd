namespace DataZones.Zones.Finance.Reference;

/// <summary>
/// An enterprise's registry record (企业登记信息), held by the market-regulation bureau.
/// </summary>
/// <param name="CreditCode">Normalised unified social credit code.</param>
/// <param name="Name">Registered name (企业名称), as registered.</param>
/// <param name="Status">Registration status.</param>
/// <param name="LegalRepresentativeName">Name of the legal representative (法定代表人).</param>
/// <param name="LegalRepresentativeIdHash">
/// Keyed hash (lower-case hex) of the legal representative's resident identity number; the number itself is never kept.
/// </param>
/// <param name="RegisteredCapitalCny">Registered capital (注册资本) in yuan, ≥ 0.</param>
/// <param name="EstablishedOn">Date of establishment (成立日期).</param>
/// <param name="IndustryCode">GB/T 4754 industry: section letter and two-digit division, e.g. <c>C13</c>.</param>
/// <param name="DistrictCode">Six-digit administrative division code, e.g. <c>370202</c> (Shinan).</param>
public sealed record EnterpriseRegistration(
    string CreditCode,
    string Name,
    EnterpriseStatus Status,
    string LegalRepresentativeName,
    string LegalRepresentativeIdHash,
    decimal RegisteredCapitalCny,
    DateOnly EstablishedOn,
    string IndustryCode,
    string DistrictCode) : IFinanceReferenceRecord
{
    public FinanceSource Source => FinanceSource.EnterpriseRegistry;

    public string RowKey => FinanceRowKeys.Registration;

    /// <summary>Only the key and status: the record holds personal data, and ToString ends up in logs.</summary>
    public override string ToString() => $"EnterpriseRegistration {{ CreditCode = {CreditCode}, Status = {Status} }}";
}
