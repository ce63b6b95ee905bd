using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DataZones.Zones.Ocean.Zarr;

namespace DataZones.Zones.Ocean.Storage;

/// <summary>
/// A Zarr store in a Blob Storage container: one blob per key, named by the key, so the container is laid out
/// exactly as zarr-python's ABS/fsspec stores lay it out and a researcher can open it with
/// <c>xarray.open_zarr</c> through a read link. Wrap it in a <see cref="CachingZarrStore"/> for reads.
/// </summary>
public sealed class BlobZarrStore : IZarrStore
{
    /// <summary>Deletes in flight at once when a prefix is removed: enough to hide round trips, few enough to be polite.</summary>
    private const int DeleteParallelism = 8;

    private readonly BlobContainerClient _container;

    public BlobZarrStore(BlobContainerClient container)
    {
        ArgumentNullException.ThrowIfNull(container);
        _container = container;
    }

    /// <summary>The container's URI: two stores on the same container share cache entries.</summary>
    public string Identity => _container.Uri.AbsoluteUri;

    public async Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await _container.GetBlobClient(key).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            var memory = response.Value.Content.ToMemory();
            // The downloaded buffer is ours alone; hand it on without a copy when it is exactly the blob.
            return MemoryMarshal.TryGetArray(memory, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
                ? segment.Array
                : memory.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task SetAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default) =>
        await _container.GetBlobClient(key).UploadAsync(new BinaryData(value), overwrite: true, cancellationToken: cancellationToken).ConfigureAwait(false);

    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var blob in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken).ConfigureAwait(false))
        {
            yield return blob.Name;
        }
    }

    public async Task DeletePrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var keys = new List<string>();
        await foreach (var key in ListAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            keys.Add(key);
        }
        var options = new ParallelOptions { MaxDegreeOfParallelism = DeleteParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(keys, options, async (key, ct) =>
            await _container.GetBlobClient(key).DeleteIfExistsAsync(cancellationToken: ct).ConfigureAwait(false)).ConfigureAwait(false);
    }
}
