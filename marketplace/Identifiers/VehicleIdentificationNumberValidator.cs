namespace DataZones.Marketplace.Identifiers;

/// <summary>
/// Validates and completes vehicle identification numbers (ISO 3779 / GB 16735): 17 characters without I, O and Q,
/// position 9 a mod-11 check digit (10 written as X), which is mandatory in China.
/// </summary>
/// <remarks>
/// Rules in order, first failure reported: missing, wrong-length (17), invalid-character (a character outside
/// 0–9 and A–Z, or I, O, Q; position 9 must be a digit or X), wrong-check-character (position 9).
/// Unlike the other check schemes, this one does not catch every single-character error: letters transliterate to
/// digits many-to-one (A, J and 1 all count as 1), so replacing a character by another with the same value keeps
/// the number valid. A change to a character with a different value is always detected (11 is prime and the
/// weights outside position 9 are non-zero mod 11).
/// </remarks>
public static class VehicleIdentificationNumberValidator
{
    /// <summary>The number of characters in a VIN.</summary>
    public const int Length = 17;

    /// <summary>The 1-based position of the check digit.</summary>
    public const int CheckPosition = 9;

    private const string What = "vehicle identification number";

    private static readonly int[] Weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

    /// <summary>Validates <paramref name="value"/>; case and surrounding whitespace are forgiven.</summary>
    public static IdentifierValidationResult Validate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Invalid(IdentifierText.Missing(What));
        }

        var vin = IdentifierText.Normalize(value);
        if (vin.Length != Length)
        {
            return Invalid(IdentifierText.WrongLength(What, "17", vin.Length));
        }

        for (var i = 0; i < Length; i++)
        {
            if (TransliteratedValue(vin[i]) < 0)
            {
                return Invalid(new IdentifierViolation(
                    IdentifierViolationCodes.InvalidCharacter,
                    $"Character {i + 1} ({IdentifierText.Describe(vin[i])}) of a {What} must be a digit or an " +
                    "upper-case letter other than I, O and Q.",
                    i + 1));
            }
        }

        var actual = vin[CheckPosition - 1];
        if (!char.IsAsciiDigit(actual) && actual != 'X')
        {
            return Invalid(new IdentifierViolation(
                IdentifierViolationCodes.InvalidCharacter,
                $"Character 9 ({IdentifierText.Describe(actual)}) of a {What} is the check digit and must be 0–9 or X.",
                CheckPosition));
        }

        var expected = ComputeCheckCharacter(vin);
        if (actual != expected)
        {
            return Invalid(new IdentifierViolation(
                IdentifierViolationCodes.WrongCheckCharacter,
                $"Character 9 of a {What} is the ISO 3779 check digit; for the other characters it must be " +
                $"'{expected}', not '{actual}'.",
                CheckPosition));
        }

        return IdentifierValidationResult.Valid(IdentifierKind.VehicleIdentificationNumber, vin);
    }

    /// <summary>
    /// The check character for a 17-character VIN; the character at position 9 is ignored (weight 0), so any
    /// placeholder may stand there.
    /// </summary>
    /// <exception cref="ArgumentException">Not 17 valid VIN characters: a caller's bug, not a user's input.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> vin)
    {
        if (vin.Length != Length)
        {
            throw new ArgumentException("Exactly 17 characters are needed to compute the check digit.", nameof(vin));
        }

        var sum = 0;
        for (var i = 0; i < Length; i++)
        {
            if (i == CheckPosition - 1)
            {
                continue;
            }

            var value = TransliteratedValue(vin[i]);
            if (value < 0)
            {
                throw new ArgumentException($"Character {i + 1} is not a VIN character.", nameof(vin));
            }

            sum += value * Weights[i];
        }

        var remainder = sum % 11;
        return remainder == 10 ? 'X' : (char)('0' + remainder);
    }

    /// <summary>Returns <paramref name="vin"/> with its check digit computed and written at position 9.</summary>
    public static string Complete(string vin)
    {
        ArgumentNullException.ThrowIfNull(vin);
        var check = ComputeCheckCharacter(vin);
        return string.Concat(vin.AsSpan(0, CheckPosition - 1), [check], vin.AsSpan(CheckPosition));
    }

    /// <summary>
    /// The ISO 3779 value of an upper-case VIN character, or −1 when the character is not allowed:
    /// A–H 1–8, J–N 1–5, P 7, R 9, S–Z 2–9.
    /// </summary>
    public static int TransliteratedValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'H' => c - 'A' + 1,
        >= 'J' and <= 'N' => c - 'J' + 1,
        'P' => 7,
        'R' => 9,
        >= 'S' and <= 'Z' => c - 'S' + 2,
        _ => -1,
    };

    private static IdentifierValidationResult Invalid(IdentifierViolation violation) =>
        IdentifierValidationResult.Invalid(IdentifierKind.VehicleIdentificationNumber, violation);
}
