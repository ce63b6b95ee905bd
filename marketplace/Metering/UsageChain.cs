using Azure.Data.Tables;
using DataZones.Marketplace.Ledger;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Telemetry;
using DataZones.Marketplace.Time;

namespace DataZones.Marketplace.Metering;

/// <summary>
/// One chain of usage records of this instance: it appends batches as entity-group transactions, one at a time, each
/// extending the chain where the previous one ended. Only its own loop calls it (one writer per chain), so the chain
/// needs no coordination. A new chain starts each business hour (and so each day's table), and when a chain
/// reaches its length limit, so that no partition grows without bound.
/// </summary>
internal sealed class UsageChain(int index, string writerId, long lengthMax, PlatformTables tables, ChainRegistry chains, BusinessCalendar calendar, TimeProvider time, PlatformMetrics metrics)
{
    private int segment;
    private string? chainId;
    private string? tableName;
    private long nextSequence;
    private string lastHash = "";

    /// <summary>Makes the batch durable and completes each caller's task, or fails them all with nothing written.</summary>
    public async Task WriteAsync(List<PendingUsage> batch)
    {
        try
        {
            var table = await OpenAsync();
            var links = new ChainLink[batch.Count];
            var actions = new List<TableTransactionAction>(batch.Count);
            var previous = lastHash;
            for (var i = 0; i < batch.Count; i++)
            {
                var sequence = nextSequence + i;
                links[i] = new ChainLink(tableName!, chainId!, sequence, previous, LedgerHash.Of(batch[i].Record, chainId!, sequence, previous));
                actions.Add(new TableTransactionAction(TableTransactionActionType.Add, UsageEntity.From(batch[i].Record, links[i])));
                previous = links[i].Hash;
            }
            await SubmitAsync(table, actions, batch[0].Record.RequestId);
            metrics.BatchCommitted(batch.Count);
            nextSequence += batch.Count;
            lastHash = previous;
            for (var i = 0; i < batch.Count; i++) batch[i].Durable.TrySetResult(links[i]);
        }
        catch (Exception exception)
        {
            // Nothing of the batch is durable and the chain has not moved: every caller answers 503 with no data.
            foreach (var pending in batch) pending.Durable.TrySetException(exception);
        }
    }

    private static async Task SubmitAsync(TableClient table, List<TableTransactionAction> actions, string firstRequestId)
    {
        try
        {
            await table.SubmitTransactionAsync(actions, CancellationToken.None);
        }
        catch (TableTransactionFailedException e) when (e.Status == 409 && e.FailedTransactionActionIndex is 0 or null)
        {
            // A retried transaction whose first attempt committed but whose answer was lost fails on its first row
            // (the SDK names the failing action): if that row carries our first request id, the rows are ours.
            var first = await table.GetEntityIfExistsAsync<TableEntity>(actions[0].Entity.PartitionKey, actions[0].Entity.RowKey);
            if (!first.HasValue || first.Value!.GetString("RequestId") != firstRequestId) throw;
        }
    }

    private async Task<TableClient> OpenAsync()
    {
        var now = time.GetUtcNow();
        var day = Keys.Day(calendar.DayOf(now));
        var table = "usage" + day;
        var hourPrefix = $"h{calendar.HourOf(now):D2}-{writerId}-s{index:D2}-";
        if (chainId is null || !chainId.StartsWith(hourPrefix, StringComparison.Ordinal) || table != tableName) segment = 0;
        else if (nextSequence >= lengthMax) segment++;
        var chain = hourPrefix + segment.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        if (chain != chainId || table != tableName)
        {
            await chains.RegisterAsync(day, table, chain, CancellationToken.None);
            (chainId, tableName, nextSequence, lastHash) = (chain, table, 0, LedgerHash.Genesis(table, chain));
        }
        return await tables.GetAsync(table);
    }
}
