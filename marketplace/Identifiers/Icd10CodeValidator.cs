namespace DataZones.Marketplace.Identifiers;

/// <summary>
/// Validates ICD-10 diagnosis codes in the dotted form: a letter, two digits, and optionally a '.' followed by one
/// or two digits or letters (<c>I10</c>, <c>E11.9</c>, <c>S72.00</c>). ICD-10 has no check character.
/// </summary>
/// <remarks>
/// Rules in order, first failure reported: missing, wrong-length (3, 5 or 6), invalid-character (position 1 a
/// letter, 2–3 digits, 4 '.', 5–6 a digit or letter). The undotted form <c>E119</c> is rejected rather than guessed
/// at, so that a code is stored in one spelling only.
/// </remarks>
public static class Icd10CodeValidator
{
    private const string What = "ICD-10 code";

    /// <summary>Validates <paramref name="value"/>; case and surrounding whitespace are forgiven.</summary>
    public static IdentifierValidationResult Validate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Invalid(IdentifierText.Missing(What));
        }

        var code = IdentifierText.Normalize(value);
        if (code.Length is not (3 or 5 or 6))
        {
            return Invalid(IdentifierText.WrongLength(What, "3, 5 or 6 (A00, A00.0, A00.00)", code.Length));
        }

        for (var i = 0; i < code.Length; i++)
        {
            var (allowed, rule) = i switch
            {
                0 => (char.IsAsciiLetterUpper(code[i]), "a letter"),
                1 or 2 => (char.IsAsciiDigit(code[i]), "a digit"),
                3 => (code[i] == '.', "'.'"),
                _ => (char.IsAsciiDigit(code[i]) || char.IsAsciiLetterUpper(code[i]), "a digit or a letter"),
            };
            if (!allowed)
            {
                return Invalid(new IdentifierViolation(
                    IdentifierViolationCodes.InvalidCharacter,
                    $"Character {i + 1} ({IdentifierText.Describe(code[i])}) of an {What} must be {rule}.",
                    i + 1));
            }
        }

        return IdentifierValidationResult.Valid(IdentifierKind.Icd10Code, code);
    }

    private static IdentifierValidationResult Invalid(IdentifierViolation violation) =>
        IdentifierValidationResult.Invalid(IdentifierKind.Icd10Code, violation);
}
