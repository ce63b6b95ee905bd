namespace DataZones.Marketplace.Identifiers;

/// <summary>
/// Validates and completes unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters from a
/// 31-symbol alphabet, the last a mod-31 check character over the first 17.
/// </summary>
/// <remarks>
/// Rules are checked in this order and the first failure is reported: missing, wrong-length (18),
/// invalid-character (position 1–18 outside the alphabet), wrong-check-character (position 18).
/// Because 31 is prime and every weight is non-zero mod 31, changing any single character to another symbol of the
/// alphabet always changes the check, so every single-character error is detected.
/// </remarks>
public static class UnifiedSocialCreditCodeValidator
{
    /// <summary>The symbols in value order 0–30 (no I, O, S, V, Z).</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>The number of characters in a code.</summary>
    public const int Length = 18;

    private const string What = "unified social credit code";

    // 3^(i-1) mod 31 for positions 1–17, as listed in GB 32100-2015.
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Validates <paramref name="value"/>; case and surrounding whitespace are forgiven.</summary>
    public static IdentifierValidationResult Validate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Invalid(IdentifierText.Missing(What));
        }

        var code = IdentifierText.Normalize(value);
        if (code.Length != Length)
        {
            return Invalid(IdentifierText.WrongLength(What, "18", code.Length));
        }

        for (var i = 0; i < Length; i++)
        {
            if (Alphabet.IndexOf(code[i], StringComparison.Ordinal) < 0)
            {
                return Invalid(new IdentifierViolation(
                    IdentifierViolationCodes.InvalidCharacter,
                    $"Character {i + 1} ({IdentifierText.Describe(code[i])}) of a {What} must be a digit or an " +
                    "upper-case letter other than I, O, S, V and Z.",
                    i + 1));
            }
        }

        var expected = ComputeCheckCharacter(code.AsSpan(0, Length - 1));
        if (code[Length - 1] != expected)
        {
            return Invalid(new IdentifierViolation(
                IdentifierViolationCodes.WrongCheckCharacter,
                $"Character 18 of a {What} is the GB 32100 check character; for the first 17 characters it must be " +
                $"'{expected}', not {IdentifierText.Describe(code[Length - 1])}.",
                Length));
        }

        return IdentifierValidationResult.Valid(IdentifierKind.UnifiedSocialCreditCode, code);
    }

    /// <summary>
    /// The check character for the first 17 characters of a code.
    /// </summary>
    /// <exception cref="ArgumentException">Not 17 characters of the alphabet: a caller's bug, not a user's input.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("Exactly 17 characters are needed to compute the check character.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var symbolValue = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (symbolValue < 0)
            {
                throw new ArgumentException($"Character {i + 1} is not in the credit-code alphabet.", nameof(first17));
            }

            sum += symbolValue * Weights[i];
        }

        // 31 − (Σ mod 31), where 31 means 0: that is (−Σ) mod 31.
        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>Appends the check character to the first 17 characters, giving a valid code.</summary>
    public static string Complete(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        return first17 + ComputeCheckCharacter(first17);
    }

    private static IdentifierValidationResult Invalid(IdentifierViolation violation) =>
        IdentifierValidationResult.Invalid(IdentifierKind.UnifiedSocialCreditCode, violation);
}
