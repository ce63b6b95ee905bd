using DataZones.Marketplace.Identifiers;

namespace DataZones.Marketplace.Tests.Identifiers;

public sealed class UnifiedSocialCreditCodeValidatorTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91370202MA3C12345B")]
    [InlineData("91370211163561234L")]
    [InlineData("123702000000000004")]
    public void Validate_KnownValidCode_IsValid(string code)
    {
        var result = UnifiedSocialCreditCodeValidator.Validate(code);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(code, result.Normalized);
        Assert.Equal(IdentifierKind.UnifiedSocialCreditCode, result.Kind);
    }

    [Fact]
    public void Validate_LowerCaseWithSurroundingSpace_IsNormalised()
    {
        var result = UnifiedSocialCreditCodeValidator.Validate("  91370202ma3c12345b\t");

        Assert.True(result.IsValid);
        Assert.Equal("91370202MA3C12345B", result.Normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_NoValue_IsMissing(string? value) =>
        AssertViolation(value, IdentifierViolationCodes.Missing, null);

    [Theory]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    public void Validate_WrongLength_IsWrongLength(string value) =>
        AssertViolation(value, IdentifierViolationCodes.WrongLength, null);

    [Theory]
    [InlineData("I1350100M000100Y43", 1)]
    [InlineData("91350100O000100Y43", 9)]
    [InlineData("91350100M000100S43", 16)]
    [InlineData("91350100M000100V43", 16)]
    [InlineData("91350100M000100Y4Z", 18)]
    [InlineData("91350100M000100Y-3", 17)]
    [InlineData("９1350100M000100Y43", 1)]
    public void Validate_CharacterOutsideAlphabet_IsInvalidCharacterAtItsPosition(string value, int position)
    {
        var violation = AssertViolation(value, IdentifierViolationCodes.InvalidCharacter, position);
        Assert.Contains($"Character {position} ", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WrongCheckCharacter_NamesTheExpectedCharacter()
    {
        var violation = AssertViolation("91350100M000100Y44", IdentifierViolationCodes.WrongCheckCharacter, 18);
        Assert.Contains("'3'", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadCharacterAndBadCheck_ReportsTheFirstRuleOnly() =>
        AssertViolation("9135010IM000100Y44", IdentifierViolationCodes.InvalidCharacter, 8);

    [Fact]
    public void Complete_SeventeenCharacters_AppendsTheCheckCharacter() =>
        Assert.Equal("91350100M000100Y43", UnifiedSocialCreditCodeValidator.Complete("91350100M000100Y4"));

    [Theory]
    [InlineData("91350100M000100Y")]
    [InlineData("91350100M000100YI")]
    public void ComputeCheckCharacter_BadInput_Throws(string value) =>
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCodeValidator.ComputeCheckCharacter(value));

    private static IdentifierViolation AssertViolation(string? value, string code, int? position)
    {
        var result = UnifiedSocialCreditCodeValidator.Validate(value);

        Assert.False(result.IsValid);
        Assert.Null(result.Normalized);
        Assert.Equal(code, result.Violation.Code);
        Assert.Equal(position, result.Violation.Position);
        Assert.Contains("unified social credit code", result.Violation.Message, StringComparison.Ordinal);
        return result.Violation;
    }
}
