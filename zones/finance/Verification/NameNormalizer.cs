using System.Text;

namespace DataZones.Zones.Finance.Verification;

/// <summary>
/// Normalises enterprise and person names before they are compared, so that the same name typed on a different
/// keyboard still matches: full-width ASCII becomes half-width, bracket variants become ( and ), middle-dot variants
/// (used in transliterated names) become ·, whitespace is removed and Latin letters are upper-cased. Nothing else
/// changes: two names that differ in any Chinese character do not match.
/// </summary>
public static class NameNormalizer
{
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var original in name)
        {
            var c = original switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(original - 0xFEE0), // full-width ASCII block
                '\u3000' => ' ', // ideographic space
                _ => original,
            };
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c switch
            {
                '[' or '{' or '【' or '〔' or '〖' => '(',
                ']' or '}' or '】' or '〕' or '〗' => ')',
                '•' or '・' or '‧' or '∙' or '.' => '·',
                >= 'a' and <= 'z' => (char)(c - ('a' - 'A')),
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>Whether two names are the same after normalisation.</summary>
    public static bool AreEquivalent(string left, string right) =>
        string.Equals(Normalize(left), Normalize(right), StringComparison.Ordinal);
}
