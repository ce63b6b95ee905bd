using System.Globalization;
using System.Text.Json;
using DataZones.Marketplace.Identifiers;
using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Verification;
using FsCheck;
using FsCheck.Fluent;

namespace DataZones.Zones.Finance.Tests.Verification;

/// <summary>The verification answer never carries a stored value, whatever the request and the record.</summary>
public sealed class VerificationPrivacyPropertyTests
{
    private static readonly Gen<string> ChineseText =
        Gen.ArrayOf(Gen.Choose(0x4E00, 0x9FA5).Select(c => (char)c), 4).Select(chars => new string(chars));

    private static readonly Gen<string> IdNumber =
        from day in Gen.Choose(0, 20000)
        from sequence in Gen.Choose(0, 999)
        select ResidentIdentityNumberValidator.Complete(string.Create(CultureInfo.InvariantCulture,
            $"370202{new DateOnly(1950, 1, 1).AddDays(day):yyyyMMdd}{sequence:D3}"));

    private static readonly Gen<(EnterpriseRegistration Stored, string StoredId, EnterpriseVerificationRequest Request)> Cases =
        from name in ChineseText
        from representative in ChineseText
        from storedId in IdNumber
        from capitalTenThousands in Gen.Choose(100, 1_000_000)
        from status in Gen.Elements(Enum.GetValues<EnterpriseStatus>())
        from askName in Gen.Elements(true, false)
        from askRepresentative in Gen.Elements(true, false)
        from idChoice in Gen.Choose(0, 2)
        from otherId in IdNumber
        let stored = new EnterpriseRegistration(FinanceTestData.CreditCode, "青岛" + name + "有限公司", status, representative,
            FinanceTestData.Hasher.HashToHex(storedId), capitalTenThousands * 10_000m, new DateOnly(2010, 1, 1), "C39", "370202")
        select (stored, storedId, new EnterpriseVerificationRequest(
            FinanceTestData.CreditCode,
            askName ? stored.Name : "青岛某某有限公司",
            askRepresentative ? representative : "某某",
            idChoice switch { 0 => null, 1 => storedId, _ => otherId }));

    [Fact]
    public void Verify_AnyCase_JsonContainsNoStoredValue()
    {
        var verifier = new EnterpriseVerifier(FinanceTestData.Hasher);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var json = JsonSerializer.Serialize(verifier.Verify(c.Request, c.Stored));
            string[] secrets =
            [
                c.Stored.Name, c.Stored.LegalRepresentativeName, c.StoredId, c.Stored.LegalRepresentativeIdHash,
                FinanceTestData.Hasher.HashToBase64Url(c.StoredId),
                c.Stored.RegisteredCapitalCny.ToString(CultureInfo.InvariantCulture),
                (c.Stored.RegisteredCapitalCny / 10_000m).ToString(CultureInfo.InvariantCulture),
            ];
            return secrets.All(secret => !json.Contains(secret, StringComparison.Ordinal))
                .Label($"JSON {json} contains a stored value");
        }));
    }
}
