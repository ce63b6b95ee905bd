using System.Globalization;

namespace DataZones.Marketplace.Identifiers;

/// <summary>
/// Validates and completes resident identity numbers (公民身份号码, GB 11643-1999): 17 digits, of which digits 7–14
/// are the birth date, and a mod-11 check character (a digit or X).
/// </summary>
/// <remarks>
/// Rules in order, first failure reported: missing, wrong-length (18), invalid-character (positions 1–17 digits,
/// 18 a digit or X), invalid-birth-date (positions 7–14 a calendar date YYYYMMDD from 1800 on),
/// wrong-check-character. Messages never contain any digit of the number, and never the expected check
/// character: the number is personal data and the answer would help forge one. The normalised value must only ever be
/// hashed with <see cref="PersonalIdentifierHasher"/>, never stored or logged.
/// 11 is prime and every weight is non-zero mod 11, so any single-digit change in positions 1–17 changes the
/// expected check character; and the 11 check symbols are distinct, so every single-character error is detected.
/// </remarks>
public static class ResidentIdentityNumberValidator
{
    /// <summary>The number of characters in an identity number.</summary>
    public const int Length = 18;

    /// <summary>The earliest birth year accepted.</summary>
    public const int EarliestBirthYear = 1800;

    private const string What = "resident identity number";

    // Σ mod 11 indexes this string.
    private const string CheckSymbols = "10X98765432";

    // 2^(18-i) mod 11 for positions 1–17.
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Validates <paramref name="value"/>; a lower-case x and surrounding whitespace are forgiven.</summary>
    public static IdentifierValidationResult Validate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Invalid(IdentifierText.Missing(What));
        }

        var number = IdentifierText.Normalize(value);
        if (number.Length != Length)
        {
            return Invalid(IdentifierText.WrongLength(What, "18", number.Length));
        }

        for (var i = 0; i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(number[i]))
            {
                return Invalid(new IdentifierViolation(
                    IdentifierViolationCodes.InvalidCharacter,
                    $"Character {i + 1} of a {What} must be a digit 0–9.", i + 1));
            }
        }

        if (!char.IsAsciiDigit(number[Length - 1]) && number[Length - 1] != 'X')
        {
            return Invalid(new IdentifierViolation(
                IdentifierViolationCodes.InvalidCharacter,
                $"Character 18 of a {What} must be a digit 0–9 or X.", Length));
        }

        if (!TryReadBirthDate(number.AsSpan(6, 8), out _))
        {
            return Invalid(new IdentifierViolation(
                IdentifierViolationCodes.InvalidBirthDate,
                $"Characters 7–14 of a {What} must be a birth date YYYYMMDD from {EarliestBirthYear} on.", 7));
        }

        if (number[Length - 1] != ComputeCheckCharacter(number.AsSpan(0, Length - 1)))
        {
            return Invalid(new IdentifierViolation(
                IdentifierViolationCodes.WrongCheckCharacter,
                $"Character 18 of a {What} is the GB 11643 check character and does not match characters 1–17.",
                Length));
        }

        return IdentifierValidationResult.Valid(IdentifierKind.ResidentIdentityNumber, number);
    }

    /// <summary>The check character (a digit or X) for the first 17 digits.</summary>
    /// <exception cref="ArgumentException">Not 17 digits: a caller's bug, not a user's input.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("Exactly 17 digits are needed to compute the check character.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            if (!char.IsAsciiDigit(first17[i]))
            {
                throw new ArgumentException($"Character {i + 1} is not a digit.", nameof(first17));
            }

            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckSymbols[sum % 11];
    }

    /// <summary>Appends the check character to the first 17 digits, giving a valid number.</summary>
    public static string Complete(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        return first17 + ComputeCheckCharacter(first17);
    }

    /// <summary>Reads the birth date of a valid, normalised number.</summary>
    /// <exception cref="ArgumentException">The value is not a valid identity number.</exception>
    public static DateOnly BirthDate(string normalized)
    {
        var result = Validate(normalized);
        if (!result.IsValid || !TryReadBirthDate(result.Normalized.AsSpan(6, 8), out var birthDate))
        {
            throw new ArgumentException("Not a valid resident identity number.", nameof(normalized));
        }

        return birthDate;
    }

    private static bool TryReadBirthDate(ReadOnlySpan<char> yyyymmdd, out DateOnly birthDate) =>
        DateOnly.TryParseExact(yyyymmdd, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out birthDate)
        && birthDate.Year >= EarliestBirthYear;

    private static IdentifierValidationResult Invalid(IdentifierViolation violation) =>
        IdentifierValidationResult.Invalid(IdentifierKind.ResidentIdentityNumber, violation);
}
