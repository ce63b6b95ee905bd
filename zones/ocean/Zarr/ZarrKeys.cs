using System.Globalization;
using System.Text;

namespace DataZones.Zones.Ocean.Zarr;

/// <summary>The key names the Zarr v2 specification fixes, and how chunk keys are formed.</summary>
public static class ZarrKeys
{
    public const string ArrayMetadata = ".zarray";
    public const string Attributes = ".zattrs";
    public const string Group = ".zgroup";
    public const string ConsolidatedMetadata = ".zmetadata";

    /// <summary>Joins path segments with '/', skipping empty ones ("" + "sst" = "sst").</summary>
    public static string Combine(string prefix, string name) =>
        prefix.Length == 0 ? name : name.Length == 0 ? prefix : prefix.TrimEnd('/') + "/" + name;

    /// <summary>The key of one chunk: the chunk's grid indices joined by the dimension separator ("3.0.1").</summary>
    public static string Chunk(string arrayPath, ReadOnlySpan<int> chunkIndex, char separator = '.')
    {
        var builder = new StringBuilder(arrayPath.Length + 4 * chunkIndex.Length);
        if (arrayPath.Length > 0)
        {
            builder.Append(arrayPath.TrimEnd('/')).Append('/');
        }
        for (var d = 0; d < chunkIndex.Length; d++)
        {
            if (d > 0)
            {
                builder.Append(separator);
            }
            builder.Append(chunkIndex[d].ToString(CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    /// <summary>True for the three per-node metadata keys that consolidation gathers.</summary>
    public static bool IsNodeMetadata(string key) =>
        key.EndsWith(ArrayMetadata, StringComparison.Ordinal)
        || key.EndsWith(Attributes, StringComparison.Ordinal)
        || key.EndsWith(Group, StringComparison.Ordinal);
}
