using System.Text.RegularExpressions;

namespace DataZones.Zones.Ocean.Registry;

/// <summary>
/// The form of a dataset id: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63
/// long. It is the EDR collection id in URLs, a table row key and a blob path segment, so it must be safe in all three.
/// </summary>
public static partial class DatasetIds
{
    public const string Rule = "lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);
}
