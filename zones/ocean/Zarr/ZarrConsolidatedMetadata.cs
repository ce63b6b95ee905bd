using System.Text.Json;

namespace DataZones.Zones.Ocean.Zarr;

/// <summary>
/// The consolidated metadata of a group (<c>.zmetadata</c>), as zarr-python's <c>consolidate_metadata</c> writes
/// it: <c>{"metadata": {"&lt;key&gt;": &lt;document&gt;, …}, "zarr_consolidated_format": 1}</c>, with keys relative to the
/// group. Readers such as <c>xarray.open_zarr(consolidated=True)</c> then need one request instead of one per array.
/// </summary>
public static class ZarrConsolidatedMetadata
{
    /// <summary>Gathers every metadata document under the group, keyed relative to the group.</summary>
    public static async Task<SortedDictionary<string, JsonElement>> GatherAsync(
        IZarrStore store, string groupPath, CancellationToken cancellationToken = default)
    {
        var prefix = groupPath.Length == 0 ? "" : groupPath.TrimEnd('/') + "/";
        var documents = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        await foreach (var key in store.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            if (!ZarrKeys.IsNodeMetadata(key))
            {
                continue;
            }
            var bytes = await store.GetAsync(key, cancellationToken).ConfigureAwait(false);
            if (bytes is not null)
            {
                using var document = JsonDocument.Parse(bytes);
                documents[key[prefix.Length..]] = document.RootElement.Clone();
            }
        }
        return documents;
    }

    /// <summary>Writes <c>.zmetadata</c> for the group at <paramref name="groupPath"/> from what is stored now.</summary>
    public static async Task<byte[]> ConsolidateAsync(IZarrStore store, string groupPath, CancellationToken cancellationToken = default)
    {
        var documents = await GatherAsync(store, groupPath, cancellationToken).ConfigureAwait(false);
        var json = ToJson(documents);
        await store.SetAsync(ZarrKeys.Combine(groupPath, ZarrKeys.ConsolidatedMetadata), json, cancellationToken).ConfigureAwait(false);
        return json;
    }

    /// <summary>The <c>.zmetadata</c> text for the given documents.</summary>
    public static byte[] ToJson(IEnumerable<KeyValuePair<string, JsonElement>> documents) => ZarrJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartObject("metadata");
        foreach (var (key, document) in documents.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            writer.WritePropertyName(key);
            ZarrJson.WriteSorted(writer, document);
        }
        writer.WriteEndObject();
        writer.WriteNumber("zarr_consolidated_format", 1);
        writer.WriteEndObject();
    });

    /// <summary>Reads a <c>.zmetadata</c> document into its metadata documents.</summary>
    public static SortedDictionary<string, JsonElement> Parse(byte[] utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json);
        var root = document.RootElement;
        if (root.GetProperty("zarr_consolidated_format").GetInt32() != 1)
        {
            throw new InvalidDataException("Only zarr_consolidated_format 1 is supported.");
        }
        var documents = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in root.GetProperty("metadata").EnumerateObject())
        {
            documents[property.Name] = property.Value.Clone();
        }
        return documents;
    }
}
