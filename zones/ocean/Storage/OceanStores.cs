using DataZones.Zones.Ocean.Zarr;

namespace DataZones.Zones.Ocean.Storage;

/// <summary>
/// The Zarr stores of the zone: the dataset container read through the process-wide <see cref="ZarrChunkCache"/>
/// (so a chunk is fetched once while hot, whichever query needs it), and uncached stores for writing exports.
/// </summary>
public sealed class OceanStores(OceanContainers containers, ZarrChunkCache cache)
{
    /// <summary>Key prefix of published dataset groups in the data container.</summary>
    public const string DatasetsPrefix = "datasets/";

    /// <summary>Key prefix of staged ingestion uploads in the data container.</summary>
    public const string UploadsPrefix = "uploads/";

    public ZarrChunkCache Cache => cache;

    /// <summary>The group path of dataset <paramref name="id"/>.</summary>
    public static string GroupPath(string id) => DatasetsPrefix + id;

    /// <summary>The data container as a cached Zarr store.</summary>
    public async Task<IZarrStore> DatasetsAsync(CancellationToken cancellationToken = default) =>
        new CachingZarrStore(new BlobZarrStore(await containers.DataAsync(cancellationToken).ConfigureAwait(false)), cache);

    /// <summary>A consumer's export container as a Zarr store (written once, never read back here: no cache).</summary>
    public async Task<IZarrStore> ExportsAsync(string consumerId, CancellationToken cancellationToken = default) =>
        new BlobZarrStore(await containers.ExportsAsync(consumerId, cancellationToken).ConfigureAwait(false));
}
