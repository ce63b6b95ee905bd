namespace DataZones.Marketplace.Identifiers;

/// <summary>
/// The stable codes of <see cref="IdentifierViolation"/>. They are part of the public contract: clients branch on
/// them and problem-details types are built from them, so a code is never renamed, only added.
/// </summary>
public static class IdentifierViolationCodes
{
    /// <summary>No value, or only whitespace.</summary>
    public const string Missing = "missing";

    /// <summary>The value has the wrong number of characters.</summary>
    public const string WrongLength = "wrong-length";

    /// <summary>A character is not allowed at its position.</summary>
    public const string InvalidCharacter = "invalid-character";

    /// <summary>The check character does not match the characters before it.</summary>
    public const string WrongCheckCharacter = "wrong-check-character";

    /// <summary>The birth-date digits of a resident identity number are not a calendar date.</summary>
    public const string InvalidBirthDate = "invalid-birth-date";
}
