using DataZones.Marketplace.Identifiers;
using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Scoring;

namespace DataZones.Zones.Finance.Tests;

/// <summary>Shared fixtures: a test hashing key and a sound, ordinary enterprise.</summary>
internal static class FinanceTestData
{
    public const string CreditCode = "91370202MA3C12345B";
    public const string IdNumber = "370202199003071233";
    public const string OtherIdNumber = "370283197001010006";

    public static PersonalIdentifierHasher Hasher { get; } =
        new(Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray());

    public static EnterpriseRegistration Registration(EnterpriseStatus status = EnterpriseStatus.Active) =>
        new(CreditCode, "青岛海诚（黄岛）电子有限公司", status, "欧阳晓峰", Hasher.HashToHex(IdNumber),
            12_340_000m, new DateOnly(2012, 5, 17), "C39", "370211");

    public static CreditProfile Profile(
        EnterpriseStatus status = EnterpriseStatus.Active,
        int ageMonths = 84,
        int? headcount = 60,
        TaxCreditRating? taxRating = TaxCreditRating.A,
        bool activeDishonestDebtor = false,
        int openEnforcements = 0,
        string industryCode = "C39",
        string districtCode = "370211") =>
        new(status, ageMonths, 8_000_000m, headcount, 6m, taxRating, 0.99m, 0, 0, 0, openEnforcements, 0,
            activeDishonestDebtor, false, industryCode, districtCode);
}
