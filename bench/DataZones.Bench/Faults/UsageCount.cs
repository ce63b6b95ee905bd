using DataZones.Marketplace.Ledger;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Time;

namespace DataZones.Bench.Faults;

/// <summary>One consumer's usage records of today, read back from storage: how many, and how many times each request id.</summary>
public static class UsageCount
{
    public static async Task<Dictionary<string, int>> ByRequestIdAsync(IServiceProvider services, string consumerId, CancellationToken cancellationToken)
    {
        var day = Keys.Day(services.GetRequiredService<BusinessCalendar>().DayOf(TimeProvider.System.GetUtcNow()));
        var chains = await services.GetRequiredService<ChainRegistry>().ListAsync(day, cancellationToken);
        var reader = services.GetRequiredService<ChainReader>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (chainId, table) in chains)
        {
            await foreach (var entity in reader.ReadAsync(table, chainId, cancellationToken))
            {
                if (entity.GetString("ConsumerId") != consumerId) continue;
                var id = entity.GetString("RequestId")!;
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }
        return counts;
    }
}
