using DataZones.Marketplace.Access;
using DataZones.Marketplace.Ledger;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Quotas;
using DataZones.Marketplace.Subscriptions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DataZones.Marketplace.Hosting;

/// <summary>
/// Opens the way to storage while the server is still starting: the tables every paid call reads first are found
/// (or created) now, in parallel, instead of one after another inside the first request. That also warms what any
/// first request would otherwise pay for in line — the SDK's HTTP pipeline and its connections, and in Azure the
/// managed identity's first token. Nothing waits for it: a failure is logged, and the request that needs storage
/// then tries (and reports) as usual. Measured with <c>scripts/bench coldstart</c>.
/// </summary>
public sealed partial class StoragePrimer(PlatformTables tables, ILogger<StoragePrimer> logger) : IHostedService
{
    private static readonly string[] PaidPathTables = [ApiKeyStore.TableName, SubscriptionStore.TableName, QuotaCounterStore.TableName, ChainRegistry.TableName];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(PrimeAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task PrimeAsync()
    {
        try
        {
            await Task.WhenAll(PaidPathTables.Select(name => tables.GetAsync(name))).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            LogPrimingFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage could not be reached at start-up; requests will try again.")]
    private static partial void LogPrimingFailed(ILogger logger, Exception exception);
}
