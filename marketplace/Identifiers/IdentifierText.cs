using System.Globalization;

namespace DataZones.Marketplace.Identifiers;

/// <summary>Shared text handling of the validators: normalisation and quoting a character in a message.</summary>
internal static class IdentifierText
{
    /// <summary>
    /// Removes surrounding whitespace and upper-cases ASCII letters. Only ASCII is folded so that a full-width or
    /// otherwise look-alike character stays visible as an invalid character instead of silently becoming valid.
    /// </summary>
    public static string Normalize(string value)
    {
        var trimmed = value.Trim();
        return string.Create(trimmed.Length, trimmed, static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                destination[i] = c is >= 'a' and <= 'z' ? (char)(c - ('a' - 'A')) : c;
            }
        });
    }

    /// <summary>A character as a message shows it: printable ASCII as itself, anything else as U+XXXX.</summary>
    public static string Describe(char c) =>
        c is >= '!' and <= '~'
            ? $"'{c}'"
            : "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    public static IdentifierViolation Missing(string what) =>
        new(IdentifierViolationCodes.Missing, $"The {what} is required.", null);

    public static IdentifierViolation WrongLength(string what, string expected, int actual) =>
        new(IdentifierViolationCodes.WrongLength,
            $"The {what} must have {expected} characters; this one has {actual}.", null);
}
