using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DataZones.Functions.Health;

/// <summary>Healthy when Table Storage answers a one-row table listing.</summary>
internal sealed class StorageHealthCheck(TableServiceClient tables) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var _ in tables.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
            {
                break;
            }
            return HealthCheckResult.Healthy("Table storage answers.");
        }
        catch (Exception exception) when (exception is RequestFailedException or AggregateException)
        {
            // After its retries Azure.Core reports transport failures as an AggregateException.
            return HealthCheckResult.Unhealthy("Table storage did not answer.", exception);
        }
    }
}
