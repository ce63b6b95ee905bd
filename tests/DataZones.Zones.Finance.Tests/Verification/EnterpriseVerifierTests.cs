using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Verification;

namespace DataZones.Zones.Finance.Tests.Verification;

public sealed class EnterpriseVerifierTests
{
    private readonly EnterpriseVerifier _verifier = new(FinanceTestData.Hasher);

    public static TheoryData<bool, bool, string?> Combinations()
    {
        var data = new TheoryData<bool, bool, string?>();
        foreach (var name in new[] { true, false })
        {
            foreach (var representative in new[] { true, false })
            {
                foreach (var id in new[] { null, "match", "mismatch" })
                {
                    data.Add(name, representative, id);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Verify_EveryElementCombination_FlagsEachElement(bool nameMatches, bool representativeMatches, string? id)
    {
        var request = new EnterpriseVerificationRequest(
            FinanceTestData.CreditCode,
            nameMatches ? "青岛海诚（黄岛）电子有限公司" : "青岛海诚电子有限公司",
            representativeMatches ? "欧阳晓峰" : "欧阳晓锋",
            id switch { "match" => FinanceTestData.IdNumber, "mismatch" => FinanceTestData.OtherIdNumber, _ => null });

        var result = _verifier.Verify(request, FinanceTestData.Registration());

        Assert.Equal(nameMatches, result.EnterpriseNameMatches);
        Assert.Equal(representativeMatches, result.LegalRepresentativeNameMatches);
        Assert.Equal(id switch { "match" => true, "mismatch" => false, _ => (bool?)null }, result.LegalRepresentativeIdMatches);
        Assert.Equal(id is null ? 3 : 4, result.ElementCount);
        Assert.Equal(EnterpriseStatus.Active, result.RegistrationStatus);
        var all = nameMatches && representativeMatches && id != "mismatch";
        Assert.Equal(all ? VerificationOutcome.Match : VerificationOutcome.Mismatch, result.Outcome);
    }

    [Theory]
    [InlineData(null, 3)]
    [InlineData(FinanceTestData.IdNumber, 4)]
    public void Verify_NoRecord_IsNotFoundWithoutFlagsAndBilled(string? id, int elements)
    {
        var result = _verifier.Verify(new EnterpriseVerificationRequest(FinanceTestData.CreditCode, "任意", "任意", id), null);

        Assert.Equal(EnterpriseVerificationResult.NotFound(elements), result);
        Assert.True(EnterpriseVerifier.IsBillable(result.Outcome));
    }

    [Theory]
    [InlineData(EnterpriseStatus.Revoked)]
    [InlineData(EnterpriseStatus.Cancelled)]
    public void Verify_NotActiveButMatching_IsMatchWithTheStatus(EnterpriseStatus status)
    {
        var request = new EnterpriseVerificationRequest(FinanceTestData.CreditCode, "青岛海诚（黄岛）电子有限公司", "欧阳晓峰", null);

        var result = _verifier.Verify(request, FinanceTestData.Registration(status));

        Assert.Equal(VerificationOutcome.Match, result.Outcome);
        Assert.Equal(status, result.RegistrationStatus);
    }

    [Theory]
    [InlineData("青岛海诚(黄岛)电子有限公司")]
    [InlineData(" 青岛海诚 （黄岛） 电子有限公司 ")]
    [InlineData("青岛海诚【黄岛】电子有限公司")]
    [InlineData("青岛海诚\u3000(黄岛)电子有限公司")]
    public void Verify_NameWrittenDifferently_StillMatches(string name)
    {
        var request = new EnterpriseVerificationRequest(" 91370202ma3c12345b ", name, "欧阳 晓峰", null);

        Assert.Equal(VerificationOutcome.Match, _verifier.Verify(request, FinanceTestData.Registration()).Outcome);
    }

    [Fact]
    public void NameNormalizer_FullWidthLatinAndMiddleDots_AreFolded() =>
        Assert.True(NameNormalizer.AreEquivalent("ＡＢＣ　科技・有限公司", "abc科技·有限公司"));

    [Fact]
    public void Verify_RecordOfAnotherEnterprise_Throws()
    {
        var other = FinanceTestData.Registration() with { CreditCode = "91350100M000100Y43" };

        Assert.Throws<ArgumentException>(() =>
            _verifier.Verify(new EnterpriseVerificationRequest(FinanceTestData.CreditCode, "a", "b", null), other));
    }

    [Fact]
    public void Verify_InvalidRequest_Throws() =>
        Assert.Throws<ArgumentException>(() =>
            _verifier.Verify(new EnterpriseVerificationRequest("91370202MA3C123450", "a", "b", null), null));

    [Theory]
    [InlineData(null, "a", "b", null, "creditCode", "missing")]
    [InlineData("91370202MA3C123450", "a", "b", null, "creditCode", "wrong-check-character")]
    [InlineData("91370202MA3C1234", "a", "b", null, "creditCode", "wrong-length")]
    [InlineData("91370202IA3C12345B", "a", "b", null, "creditCode", "invalid-character")]
    [InlineData(FinanceTestData.CreditCode, " ", "b", null, "enterpriseName", "missing")]
    [InlineData(FinanceTestData.CreditCode, "a", null, null, "legalRepresentativeName", "missing")]
    [InlineData(FinanceTestData.CreditCode, "a", "b", "370202199003071234", "legalRepresentativeIdNumber", "wrong-check-character")]
    [InlineData(FinanceTestData.CreditCode, "a", "b", "370202199002301233", "legalRepresentativeIdNumber", "invalid-birth-date")]
    [InlineData(FinanceTestData.CreditCode, "a", "b", "37020219900307123", "legalRepresentativeIdNumber", "wrong-length")]
    public void Validate_BadInput_NamesTheFieldAndRule(
        string? code, string? name, string? representative, string? id, string field, string rule)
    {
        var problems = EnterpriseVerificationRequestValidator.Validate(new EnterpriseVerificationRequest(code, name, representative, id));

        var problem = Assert.Single(problems);
        Assert.Equal(field, problem.Field);
        Assert.Equal(rule, problem.Code);
        if (id is not null)
        {
            Assert.DoesNotContain(id[..10], problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_SeveralBadFields_ReportsAllAtOnce() =>
        Assert.Equal(4, EnterpriseVerificationRequestValidator.Validate(
            new EnterpriseVerificationRequest("x", "", new string('名', 51), "1")).Count);

    [Fact]
    public void Request_ToString_HidesTheIdentityNumber() =>
        Assert.DoesNotContain(FinanceTestData.IdNumber,
            new EnterpriseVerificationRequest(FinanceTestData.CreditCode, "a", "b", FinanceTestData.IdNumber).ToString(),
            StringComparison.Ordinal);
}
