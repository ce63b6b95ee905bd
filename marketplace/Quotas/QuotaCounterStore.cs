using Azure;
using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Quotas;

/// <summary>
/// Table <c>quota</c>: partition = subscription id, row = period (<c>yyyyMM</c>), property <c>Claimed</c> = units
/// claimed by all instances. Claims use the entity's ETag, so concurrent instances never claim the same units.
/// </summary>
public sealed class QuotaCounterStore(PlatformTables tables)
{
    internal const string TableName = "quota";

    /// <summary>Claims up to <paramref name="wanted"/> units under <paramref name="cap"/>; returns the units claimed and the total now claimed.</summary>
    public async Task<(long Claimed, long Total)?> TryClaimAsync(string subscriptionId, string period, long wanted, long cap, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var current = await table.GetEntityIfExistsAsync<TableEntity>(subscriptionId, period, cancellationToken: cancellationToken);
        var claimed = current.HasValue ? current.Value!.GetInt64("Claimed") ?? 0 : 0;
        var take = Math.Min(wanted, cap - claimed);
        if (take <= 0) return (0, claimed);
        var entity = new TableEntity(subscriptionId, period) { ["Claimed"] = claimed + take };
        try
        {
            if (current.HasValue) await table.UpdateEntityAsync(entity, current.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
            else await table.AddEntityAsync(entity, cancellationToken);
            return (take, claimed + take);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return null; // another instance moved the counter first: the caller tries again
        }
    }
}
