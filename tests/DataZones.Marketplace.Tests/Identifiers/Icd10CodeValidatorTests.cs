using DataZones.Marketplace.Identifiers;

namespace DataZones.Marketplace.Tests.Identifiers;

public sealed class Icd10CodeValidatorTests
{
    [Theory]
    [InlineData("I10", "I10")]
    [InlineData("E11.9", "E11.9")]
    [InlineData("S72.00", "S72.00")]
    [InlineData("j45.x1", "J45.X1")]
    [InlineData(" c50.9 ", "C50.9")]
    public void Validate_ValidCode_IsNormalised(string value, string normalized)
    {
        var result = Icd10CodeValidator.Validate(value);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(normalized, result.Normalized);
    }

    [Theory]
    [InlineData(null, "missing", null)]
    [InlineData("I1", "wrong-length", null)]
    [InlineData("E11.", "wrong-length", null)]
    [InlineData("E11.123", "wrong-length", null)]
    [InlineData("110", "invalid-character", 1)]
    [InlineData("EA1", "invalid-character", 2)]
    [InlineData("E1A.9", "invalid-character", 3)]
    [InlineData("E11-9", "invalid-character", 4)]
    [InlineData("E119.", "invalid-character", 4)]
    [InlineData("E11.-", "invalid-character", 5)]
    [InlineData("E11.9.", "invalid-character", 6)]
    public void Validate_BrokenRule_ReportsItsCodeAndPosition(string? value, string code, int? position)
    {
        var result = Icd10CodeValidator.Validate(value);

        Assert.False(result.IsValid);
        Assert.Equal(code, result.Violation.Code);
        Assert.Equal(position, result.Violation.Position);
    }
}
