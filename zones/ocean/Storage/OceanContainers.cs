using System.Collections.Concurrent;
using Azure.Storage.Blobs;
using DataZones.Marketplace.Persistence;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Ocean.Storage;

/// <summary>
/// The ocean zone's blob containers, each name carrying the platform prefix (<see cref="PersistenceOptions.TablePrefix"/>)
/// so deployments and test hosts sharing an account never see each other's data: <c>{prefix}ocean</c> holds the
/// published datasets and the staged uploads; <c>{prefix}oceanx-{consumer}</c> holds one consumer's exports, so a
/// container read link never reaches another consumer's data. Each container is created once per process.
/// </summary>
public sealed class OceanContainers(BlobServiceClient service, IOptions<PersistenceOptions> persistence)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<BlobContainerClient>>> _containers = new(StringComparer.Ordinal);

    /// <summary>The container of datasets (<c>datasets/{id}/…</c>) and staged uploads (<c>uploads/{job}/…</c>).</summary>
    public Task<BlobContainerClient> DataAsync(CancellationToken cancellationToken = default) =>
        GetAsync(persistence.Value.TablePrefix + "ocean", cancellationToken);

    /// <summary>The container of one consumer's exports.</summary>
    public Task<BlobContainerClient> ExportsAsync(string consumerId, CancellationToken cancellationToken = default) =>
        GetAsync(persistence.Value.TablePrefix + "oceanx-" + consumerId.ToLowerInvariant(), cancellationToken);

    private Task<BlobContainerClient> GetAsync(string name, CancellationToken cancellationToken) =>
        _containers.GetOrAdd(name, n => new Lazy<Task<BlobContainerClient>>(() => CreateAsync(n))).Value.WaitAsync(cancellationToken);

    private async Task<BlobContainerClient> CreateAsync(string name)
    {
        var container = service.GetBlobContainerClient(name);
        try
        {
            await container.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None).ConfigureAwait(false);
        }
        catch
        {
            // Forget the failure so that the next caller tries again rather than inheriting a faulted task.
            _containers.TryRemove(name, out _);
            throw;
        }
        return container;
    }
}
