using DataZones.Marketplace.Identifiers;
using FsCheck;
using FsCheck.Fluent;

namespace DataZones.Marketplace.Tests.Identifiers;

/// <summary>
/// Properties of the check schemes. FsCheck prints the replay seed of a failing run in the exception message.
/// </summary>
public sealed class IdentifierPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(500);

    [Fact]
    public void CreditCode_Generated_Validates() =>
        Check.One(Config, Prop.ForAll(IdentifierGenerators.CreditCode.ToArbitrary(),
            code => UnifiedSocialCreditCodeValidator.Validate(code).Normalized == code
                    && UnifiedSocialCreditCodeValidator.Validate(code.ToLowerInvariant()).IsValid));

    // Σ changes by w·(b−a); 31 is prime, w ≠ 0 and 0 < |b−a| < 31, so the check always changes.
    [Fact]
    public void CreditCode_AnySingleSubstitution_IsWrongCheckCharacter() =>
        Check.One(Config, Prop.ForAll(
            IdentifierGenerators.SingleSubstitution(
                IdentifierGenerators.CreditCode, _ => UnifiedSocialCreditCodeValidator.Alphabet).ToArbitrary(),
            s => UnifiedSocialCreditCodeValidator.Validate(IdentifierGenerators.Replace(s.Value, s.Index, s.Replacement))
                .Violation?.Code == IdentifierViolationCodes.WrongCheckCharacter));

    [Fact]
    public void IdentityNumber_Generated_Validates() =>
        Check.One(Config, Prop.ForAll(IdentifierGenerators.IdentityNumber.ToArbitrary(),
            number => ResidentIdentityNumberValidator.Validate(number).Normalized == number));

    // Positions 1–17: Σ changes by w·(b−a) with 11 prime, w ≠ 0, 0 < |b−a| < 10; the 11 check symbols are distinct.
    // A change in the birth date may break the date first, which is reported instead: invalid either way.
    [Fact]
    public void IdentityNumber_AnySingleSubstitution_IsInvalid() =>
        Check.One(Config, Prop.ForAll(
            IdentifierGenerators.SingleSubstitution(
                IdentifierGenerators.IdentityNumber, index => index == 17 ? "0123456789X" : "0123456789").ToArbitrary(),
            s => ResidentIdentityNumberValidator.Validate(IdentifierGenerators.Replace(s.Value, s.Index, s.Replacement))
                .Violation?.Code is IdentifierViolationCodes.WrongCheckCharacter or IdentifierViolationCodes.InvalidBirthDate));

    [Fact]
    public void Vin_Generated_Validates() =>
        Check.One(Config, Prop.ForAll(IdentifierGenerators.Vin.ToArbitrary(),
            vin => VehicleIdentificationNumberValidator.Validate(vin).Normalized == vin));

    // Outside position 9 a substitution is caught exactly when the transliterated value changes: A, J and 1 are
    // all worth 1, so swapping them keeps the check. At position 9 any other symbol is wrong.
    [Fact]
    public void Vin_SingleSubstitution_IsCaughtExactlyWhenTheValueChanges() =>
        Check.One(Config, Prop.ForAll(
            IdentifierGenerators.SingleSubstitution(IdentifierGenerators.Vin, index =>
                index == VehicleIdentificationNumberValidator.CheckPosition - 1
                    ? "0123456789X"
                    : IdentifierGenerators.VinCharacters).ToArbitrary(),
            s =>
            {
                var result = VehicleIdentificationNumberValidator.Validate(
                    IdentifierGenerators.Replace(s.Value, s.Index, s.Replacement));
                var sameValue = s.Index != VehicleIdentificationNumberValidator.CheckPosition - 1
                    && VehicleIdentificationNumberValidator.TransliteratedValue(s.Replacement)
                    == VehicleIdentificationNumberValidator.TransliteratedValue(s.Value[s.Index]);
                return sameValue
                    ? result.IsValid
                    : result.Violation?.Code == IdentifierViolationCodes.WrongCheckCharacter;
            }));

    [Fact]
    public void Vin_SameValueSubstitution_StaysValid() =>
        Assert.True(VehicleIdentificationNumberValidator.Validate("JM8GDM9AXKP042788").IsValid);

    [Fact]
    public void Validators_ArbitraryText_NeverThrow() =>
        Check.One(Config, Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            UnifiedSocialCreditCodeValidator.Validate(text);
            ResidentIdentityNumberValidator.Validate(text);
            VehicleIdentificationNumberValidator.Validate(text);
            Icd10CodeValidator.Validate(text);
        }));
}
