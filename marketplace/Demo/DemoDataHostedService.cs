using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Demo;

/// <summary>
/// Runs the demo seeders once, in order, in the background, in Development only. The seeders (and the zone services
/// they use) are resolved only then: building them on every start was work a cold instance did for nothing.
/// </summary>
public sealed partial class DemoDataHostedService(
    IServiceProvider services,
    PlatformTables tables,
    IHostEnvironment environment,
    IOptions<DemoOptions> options,
    TimeProvider time,
    ILogger<DemoDataHostedService> logger) : BackgroundService
{
    private const string TableName = "demo";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!environment.IsDevelopment() || !options.Value.Enabled) return;
        foreach (var seeder in services.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order).ThenBy(s => s.Name, StringComparer.Ordinal))
        {
            try
            {
                var table = await tables.GetAsync(TableName, stoppingToken);
                if ((await table.GetEntityIfExistsAsync<TableEntity>("seeded", seeder.Name, cancellationToken: stoppingToken)).HasValue) continue;
                LogStarting(logger, seeder.Name);
                await seeder.SeedAsync(new Progress<string>(line => LogProgress(logger, seeder.Name, line)), stoppingToken);
                await table.UpsertEntityAsync(new TableEntity("seeded", seeder.Name) { ["At"] = time.GetUtcNow() }, TableUpdateMode.Replace, stoppingToken);
                LogDone(logger, seeder.Name);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Storage down or a seeder failing must not stop the app; later seeders may depend on this one,
                // so stop here and let the next start try again.
                LogFailed(logger, exception, seeder.Name);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Seeder} starting.")]
    private static partial void LogStarting(ILogger logger, string seeder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Seeder}: {Progress}")]
    private static partial void LogProgress(ILogger logger, string seeder, string progress);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Seeder} done.")]
    private static partial void LogDone(ILogger logger, string seeder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Demo data: {Seeder} failed; it will be tried again at the next start.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string seeder);
}
