using DataZones.Marketplace.Identifiers;

namespace DataZones.Marketplace.Tests.Identifiers;

public sealed class ResidentIdentityNumberValidatorTests
{
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("440524188001010014")]
    [InlineData("370202199003071233")]
    [InlineData("370283197001010006")]
    public void Validate_KnownValidNumber_IsValid(string number)
    {
        var result = ResidentIdentityNumberValidator.Validate(number);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(number, result.Normalized);
    }

    [Fact]
    public void Validate_LowerCaseX_IsNormalisedToUpperCase() =>
        Assert.Equal("11010519491231002X", ResidentIdentityNumberValidator.Validate(" 11010519491231002x ").Normalized);

    [Theory]
    [InlineData(null, "missing", null)]
    [InlineData("", "missing", null)]
    [InlineData("11010519491231002", "wrong-length", null)]
    [InlineData("110105194912310021X", "wrong-length", null)]
    [InlineData("1101051949123100XX", "invalid-character", 17)]
    [InlineData("X10105194912310021", "invalid-character", 1)]
    [InlineData("11010519491231002Y", "invalid-character", 18)]
    [InlineData("110105194902300021", "invalid-birth-date", 7)]
    [InlineData("110105194913010021", "invalid-birth-date", 7)]
    [InlineData("110105179901010021", "invalid-birth-date", 7)]
    [InlineData("110105190002290021", "invalid-birth-date", 7)]
    [InlineData("110105194912310021", "wrong-check-character", 18)]
    public void Validate_BrokenRule_ReportsItsCodeAndPosition(string? value, string code, int? position)
    {
        var result = ResidentIdentityNumberValidator.Validate(value);

        Assert.False(result.IsValid);
        Assert.Equal(code, result.Violation.Code);
        Assert.Equal(position, result.Violation.Position);
    }

    [Fact]
    public void Validate_LeapDay_IsAValidBirthDate() =>
        Assert.True(ResidentIdentityNumberValidator.Validate(
            ResidentIdentityNumberValidator.Complete("37020220000229123")).IsValid);

    [Theory]
    [InlineData("110105194912310021")]
    [InlineData("1101051949123100XX")]
    [InlineData("110105194902300021")]
    public void Validate_Invalid_MessageAndToStringContainNoDigitRunOfTheNumber(string value)
    {
        var result = ResidentIdentityNumberValidator.Validate(value);

        foreach (var text in new[] { result.Violation!.Message, result.ToString() })
        {
            Assert.DoesNotContain(value[..6], text, StringComparison.Ordinal);
            Assert.DoesNotContain(value.Substring(6, 8), text, StringComparison.Ordinal);
            Assert.DoesNotContain(value[14..], text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToString_Valid_DoesNotContainTheNumber() =>
        Assert.DoesNotContain("11010519491231002X",
            ResidentIdentityNumberValidator.Validate("11010519491231002X").ToString(), StringComparison.Ordinal);

    [Fact]
    public void BirthDate_ValidNumber_ReadsDigitsSevenToFourteen() =>
        Assert.Equal(new DateOnly(1949, 12, 31), ResidentIdentityNumberValidator.BirthDate("11010519491231002X"));

    [Fact]
    public void ComputeCheckCharacter_NonDigit_Throws() =>
        Assert.Throws<ArgumentException>(() => ResidentIdentityNumberValidator.ComputeCheckCharacter("1101051949123100A"));
}
