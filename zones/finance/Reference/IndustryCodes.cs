namespace DataZones.Zones.Finance.Reference;

/// <summary>GB/T 4754-2017 industry codes at division level: a section letter A–T and two digits, e.g. <c>C13</c>.</summary>
public static class IndustryCodes
{
    /// <summary>Whether <paramref name="code"/> has the form of a division code.</summary>
    public static bool IsValid(string? code) =>
        code is { Length: 3 } && code[0] is >= 'A' and <= 'T' && char.IsAsciiDigit(code[1]) && char.IsAsciiDigit(code[2]);

    /// <summary>The section letter of a division code, e.g. <c>C</c> (manufacturing) for <c>C13</c>.</summary>
    public static char Section(string code) => IsValid(code)
        ? code[0]
        : throw new ArgumentException("Not a GB/T 4754 division code.", nameof(code));
}
