using DataZones.Marketplace.Identifiers;
using FsCheck;
using FsCheck.Fluent;

namespace DataZones.Marketplace.Tests.Identifiers;

/// <summary>FsCheck generators of valid identifiers, built with the check-character helpers under test.</summary>
internal static class IdentifierGenerators
{
    public const string VinCharacters = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

    public static Gen<string> CreditCode { get; } =
        Gen.ArrayOf(Gen.Elements(UnifiedSocialCreditCodeValidator.Alphabet.ToCharArray()), 17)
            .Select(body => UnifiedSocialCreditCodeValidator.Complete(new string(body)));

    public static Gen<string> IdentityNumber { get; } =
        from region in Gen.Choose(110000, 659999)
        from dayNumber in Gen.Choose(0, 45000)
        from sequence in Gen.Choose(0, 999)
        let birth = new DateOnly(1900, 1, 1).AddDays(dayNumber)
        select ResidentIdentityNumberValidator.Complete(
            FormattableString.Invariant($"{region:D6}{birth:yyyyMMdd}{sequence:D3}"));

    public static Gen<string> Vin { get; } =
        Gen.ArrayOf(Gen.Elements(VinCharacters.ToCharArray()), 17)
            .Select(chars => VehicleIdentificationNumberValidator.Complete(new string(chars)));

    /// <summary>A valid identifier, a position in it, and a replacement symbol different from the one there.</summary>
    public static Gen<(string Value, int Index, char Replacement)> SingleSubstitution(
        Gen<string> valid, Func<int, string> allowedAt) =>
        from value in valid
        from index in Gen.Choose(0, value.Length - 1)
        from replacement in Gen.Elements(allowedAt(index).Where(c => c != value[index]).ToArray())
        select (value, index, replacement);

    public static string Replace(string value, int index, char replacement) =>
        string.Concat(value.AsSpan(0, index), [replacement], value.AsSpan(index + 1));
}
