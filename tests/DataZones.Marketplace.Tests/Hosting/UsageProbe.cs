using Azure.Data.Tables;
using DataZones.Marketplace.Ledger;
using DataZones.Marketplace.Metering;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Time;
using DataZones.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Marketplace.Tests.Hosting;

/// <summary>Reads what metering stored for the host's current business day, straight from its tables.</summary>
public static class UsageProbe
{
    public static async Task<IReadOnlyList<(UsageRecord Record, TableEntity Entity)>> TodayAsync(MarketplaceTestHost host)
    {
        var calendar = host.Services.GetRequiredService<BusinessCalendar>();
        var day = Keys.Day(calendar.DayOf(host.Clock.GetUtcNow()));
        var chains = await host.Services.GetRequiredService<ChainRegistry>().ListAsync(day, CancellationToken.None);
        var reader = host.Services.GetRequiredService<ChainReader>();
        var records = new List<(UsageRecord, TableEntity)>();
        foreach (var (chainId, table) in chains)
        {
            await foreach (var entity in reader.ReadAsync(table, chainId, CancellationToken.None)) records.Add((UsageEntity.ToRecord(entity), entity));
        }
        return records;
    }
}
