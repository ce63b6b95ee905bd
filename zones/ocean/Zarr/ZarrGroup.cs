using System.Text.Json;

namespace DataZones.Zones.Ocean.Zarr;

/// <summary>
/// A Zarr v2 group: <c>.zgroup</c>, its <c>.zattrs</c>, and the arrays directly under it. A group is opened from
/// its consolidated <c>.zmetadata</c> (one read for the whole group, which matters when every key is a blob), or
/// by listing its keys when it has not been consolidated.
/// </summary>
public sealed class ZarrGroup
{
    private ZarrGroup(IZarrStore store, string path, ZarrAttributes attributes, IReadOnlyDictionary<string, ZarrArray> arrays)
    {
        Store = store;
        Path = path;
        Attributes = attributes;
        Arrays = arrays;
    }

    public IZarrStore Store { get; }

    public string Path { get; }

    public ZarrAttributes Attributes { get; }

    /// <summary>The group's arrays by name (the key segment below the group).</summary>
    public IReadOnlyDictionary<string, ZarrArray> Arrays { get; }

    /// <summary>The <c>.zgroup</c> document.</summary>
    public static byte[] GroupJson() => ZarrJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("zarr_format", 2);
        writer.WriteEndObject();
    });

    /// <summary>Writes <c>.zgroup</c> and <c>.zattrs</c> at <paramref name="path"/> ("" is the store's root).</summary>
    public static async Task CreateAsync(IZarrStore store, string path, ZarrAttributes attributes, CancellationToken cancellationToken = default)
    {
        await store.SetAsync(ZarrKeys.Combine(path, ZarrKeys.Group), GroupJson(), cancellationToken).ConfigureAwait(false);
        await store.SetAsync(ZarrKeys.Combine(path, ZarrKeys.Attributes), attributes.ToJson(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens the group at <paramref name="path"/>, or returns null when there is no group there.</summary>
    public static async Task<ZarrGroup?> OpenAsync(IZarrStore store, string path, CancellationToken cancellationToken = default)
    {
        var consolidated = await store.GetAsync(ZarrKeys.Combine(path, ZarrKeys.ConsolidatedMetadata), cancellationToken).ConfigureAwait(false);
        var documents = consolidated is not null
            ? ZarrConsolidatedMetadata.Parse(consolidated)
            : await ZarrConsolidatedMetadata.GatherAsync(store, path, cancellationToken).ConfigureAwait(false);
        if (!documents.ContainsKey(ZarrKeys.Group))
        {
            return null;
        }
        var arrays = new SortedDictionary<string, ZarrArray>(StringComparer.Ordinal);
        foreach (var (key, document) in documents)
        {
            if (key.EndsWith("/" + ZarrKeys.ArrayMetadata, StringComparison.Ordinal) && key.IndexOf('/', StringComparison.Ordinal) == key.Length - ZarrKeys.ArrayMetadata.Length - 1)
            {
                var name = key[..^(ZarrKeys.ArrayMetadata.Length + 1)];
                var attributes = documents.TryGetValue(name + "/" + ZarrKeys.Attributes, out var a) ? ZarrAttributes.Parse(a) : ZarrAttributes.Empty;
                arrays[name] = new ZarrArray(store, ZarrKeys.Combine(path, name), ZarrArrayMetadata.Parse(document), attributes);
            }
        }
        var groupAttributes = documents.TryGetValue(ZarrKeys.Attributes, out var g) ? ZarrAttributes.Parse(g) : ZarrAttributes.Empty;
        return new ZarrGroup(store, path, groupAttributes, arrays);
    }

    /// <summary>Parses a <c>.zattrs</c> document.</summary>
    public static ZarrAttributes ParseAttributes(byte[] utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json);
        return ZarrAttributes.Parse(document.RootElement);
    }
}
