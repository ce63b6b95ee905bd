using System.Text.RegularExpressions;

namespace DataZones.Zones.Medical.Underwriting;

/// <summary>
/// A condition of interest as an insurer names it: an ICD-10 category (<c>E11</c>), a range of categories
/// (<c>E10-E14</c>) or a chapter by its roman numeral (<c>IX</c>, the circulatory system I00–I99).
/// </summary>
public sealed partial record ConditionSpec(string Text, string From, string To)
{
    private static readonly Dictionary<string, (string From, string To)> Chapters = new(StringComparer.Ordinal)
    {
        ["I"] = ("A00", "B99"), ["II"] = ("C00", "D48"), ["III"] = ("D50", "D89"), ["IV"] = ("E00", "E90"), ["V"] = ("F00", "F99"),
        ["VI"] = ("G00", "G99"), ["VII"] = ("H00", "H59"), ["VIII"] = ("H60", "H95"), ["IX"] = ("I00", "I99"), ["X"] = ("J00", "J99"),
        ["XI"] = ("K00", "K93"), ["XII"] = ("L00", "L99"), ["XIII"] = ("M00", "M99"), ["XIV"] = ("N00", "N99"), ["XV"] = ("O00", "O99"),
        ["XVI"] = ("P00", "P96"), ["XVII"] = ("Q00", "Q99"), ["XVIII"] = ("R00", "R99"), ["XIX"] = ("S00", "T98"), ["XX"] = ("V01", "Y98"),
        ["XXI"] = ("Z00", "Z99"), ["XXII"] = ("U00", "U99"),
    };

    public bool Covers(string category) => string.CompareOrdinal(category, From) >= 0 && string.CompareOrdinal(category, To) <= 0;

    public static ConditionSpec? Parse(string? text)
    {
        var value = text?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(value)) return null;
        if (Chapters.TryGetValue(value, out var chapter)) return new(value, chapter.From, chapter.To);
        var match = CategoryRange().Match(value);
        if (!match.Success) return null;
        var from = match.Groups[1].Value;
        var to = match.Groups[2].Success ? match.Groups[2].Value : from;
        return string.CompareOrdinal(from, to) <= 0 ? new(value, from, to) : null;
    }

    [GeneratedRegex(@"^([A-Z]\d{2})(?:-([A-Z]\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex CategoryRange();
}
