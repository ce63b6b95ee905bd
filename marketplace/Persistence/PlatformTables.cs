using System.Collections.Concurrent;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Persistence;

/// <summary>
/// Hands out the platform's tables by logical name, creating each once per process. Every name gets the
/// configured prefix (<see cref="PersistenceOptions.TablePrefix"/>), so that several deployments — or test runs —
/// can share one storage account without seeing each other's data.
/// </summary>
public sealed class PlatformTables(TableServiceClient service, IOptions<PersistenceOptions> options)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> tables = new(StringComparer.Ordinal);

    /// <summary>The table for <paramref name="logicalName"/> (letters and digits), created if it does not exist.</summary>
    public Task<TableClient> GetAsync(string logicalName, CancellationToken cancellationToken = default) =>
        tables.GetOrAdd(logicalName, name => new Lazy<Task<TableClient>>(() => CreateAsync(name))).Value
            .WaitAsync(cancellationToken);

    /// <summary>The storage name of a logical table, e.g. for a per-day table that a job deletes.</summary>
    public string PhysicalName(string logicalName) => options.Value.TablePrefix + logicalName;

    /// <summary>The table if it exists, without creating it (readers of per-period tables).</summary>
    public TableClient GetExisting(string logicalName) => service.GetTableClient(PhysicalName(logicalName));

    private async Task<TableClient> CreateAsync(string logicalName)
    {
        var client = service.GetTableClient(PhysicalName(logicalName));
        try
        {
            await client.CreateIfNotExistsAsync(CancellationToken.None);
        }
        catch
        {
            // Forget the failure so that the next caller tries again rather than inheriting a faulted task.
            tables.TryRemove(logicalName, out _);
            throw;
        }
        return client;
    }
}
