using DataZones.Marketplace.Identifiers;

namespace DataZones.Marketplace.Tests.Identifiers;

public sealed class VehicleIdentificationNumberValidatorTests
{
    [Theory]
    [InlineData("1M8GDM9AXKP042788")]
    [InlineData("11111111111111111")]
    [InlineData("LSVAU218XN2183294")]
    [InlineData("LFV2A21K263012345")]
    [InlineData("WVWZZZ1J0XW000001")]
    public void Validate_KnownValidVin_IsValid(string vin)
    {
        var result = VehicleIdentificationNumberValidator.Validate(vin);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(vin, result.Normalized);
    }

    [Fact]
    public void Validate_LowerCase_IsNormalised() =>
        Assert.Equal("1M8GDM9AXKP042788", VehicleIdentificationNumberValidator.Validate("1m8gdm9axkp042788").Normalized);

    [Theory]
    [InlineData(null, "missing", null)]
    [InlineData(" ", "missing", null)]
    [InlineData("1M8GDM9AXKP04278", "wrong-length", null)]
    [InlineData("1M8GDM9AXKP0427888", "wrong-length", null)]
    [InlineData("IM8GDM9AXKP042788", "invalid-character", 1)]
    [InlineData("1M8GDM9AXKO042788", "invalid-character", 11)]
    [InlineData("1M8GDM9AXKP04278Q", "invalid-character", 17)]
    [InlineData("1M8GDM9AXKP0427-8", "invalid-character", 16)]
    [InlineData("1M8GDM9AAKP042788", "invalid-character", 9)]
    [InlineData("1M8GDM9A1KP042788", "wrong-check-character", 9)]
    [InlineData("1M8GDM9AXKP042789", "wrong-check-character", 9)]
    public void Validate_BrokenRule_ReportsItsCodeAndPosition(string? value, string code, int? position)
    {
        var result = VehicleIdentificationNumberValidator.Validate(value);

        Assert.False(result.IsValid);
        Assert.Equal(code, result.Violation.Code);
        Assert.Equal(position, result.Violation.Position);
    }

    [Fact]
    public void Validate_WrongCheckDigit_NamesTheExpectedDigit() =>
        Assert.Contains("'X'", VehicleIdentificationNumberValidator.Validate("1M8GDM9A1KP042788").Violation!.Message,
            StringComparison.Ordinal);

    [Fact]
    public void Complete_PlaceholderAtPositionNine_WritesTheCheckDigit() =>
        Assert.Equal("1M8GDM9AXKP042788", VehicleIdentificationNumberValidator.Complete("1M8GDM9A0KP042788"));

    [Theory]
    [InlineData('A', 1)]
    [InlineData('H', 8)]
    [InlineData('J', 1)]
    [InlineData('N', 5)]
    [InlineData('P', 7)]
    [InlineData('R', 9)]
    [InlineData('S', 2)]
    [InlineData('Z', 9)]
    [InlineData('I', -1)]
    [InlineData('O', -1)]
    [InlineData('Q', -1)]
    public void TransliteratedValue_Letter_FollowsIso3779(char letter, int value) =>
        Assert.Equal(value, VehicleIdentificationNumberValidator.TransliteratedValue(letter));
}
