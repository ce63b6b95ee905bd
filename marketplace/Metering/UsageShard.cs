using System.Threading.Channels;
using Azure;
using DataZones.Marketplace.Ledger;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Time;
using DataZones.Storage.Tables;

namespace DataZones.Marketplace.Metering;

/// <summary>
/// One writer's chain of usage records: a queue drained into entity-group transactions, one at a time, so that each
/// batch extends the chain where the previous one ended (one writer per chain, hence no coordination). Requests that
/// arrive while a batch is in flight form the next batch: group commit without a timer.
/// </summary>
internal sealed class UsageShard(int index, string writerId, PlatformTables tables, ChainRegistry chains,
    BusinessCalendar calendar, TimeProvider time, int batchSizeMax, int queueLengthMax)
{
    private readonly Channel<PendingUsage> queue = Channel.CreateBounded<PendingUsage>(
        new BoundedChannelOptions(queueLengthMax) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private string? chainId;
    private string? tableName;
    private long nextSequence;
    private string lastHash = "";

    public ValueTask EnqueueAsync(PendingUsage pending, CancellationToken cancellationToken) => queue.Writer.WriteAsync(pending, cancellationToken);

    public void Complete() => queue.Writer.TryComplete();

    public async Task RunAsync()
    {
        var batch = new List<PendingUsage>(batchSizeMax);
        while (await queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < batchSizeMax && queue.Reader.TryRead(out var pending)) batch.Add(pending);
            await WriteAsync(batch);
        }
    }

    private async Task WriteAsync(List<PendingUsage> batch)
    {
        try
        {
            var table = await OpenChainAsync();
            var links = new List<ChainLink>(batch.Count);
            var previous = lastHash;
            var actions = new List<TableTransactionAction>(batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                var sequence = nextSequence + i;
                var link = new ChainLink(tableName!, chainId!, sequence, previous, LedgerHash.Of(batch[i].Record, chainId!, sequence, previous));
                links.Add(link);
                actions.Add(new TableTransactionAction(TableTransactionActionType.Add, UsageEntity.From(batch[i].Record, link)));
                previous = link.Hash;
            }
            await SubmitAsync(table, actions, batch[0].Record.RequestId);
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

    private async Task SubmitAsync(TableClient table, List<TableTransactionAction> actions, string firstRequestId)
    {
        try
        {
            await table.SubmitTransactionAsync(actions, CancellationToken.None);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // A retried transaction whose first attempt committed but whose answer was lost: the rows are ours.
            var first = await table.GetEntityIfExistsAsync(actions[0].Entity.PartitionKey, actions[0].Entity.RowKey);
            if (!first.HasValue || first.Value!.GetString("RequestId") != firstRequestId) throw;
        }
    }

    /// <summary>The usage table of the current business day; a new chain starts each business hour.</summary>
    private async Task<TableClient> OpenChainAsync()
    {
        var now = time.GetUtcNow();
        var day = Keys.Day(calendar.DayOf(now));
        var table = "usage" + day;
        var chain = $"h{calendar.HourOf(now):D2}-{writerId}-s{index:D2}";
        if (chain != chainId || table != tableName)
        {
            await chains.RegisterAsync(day, table, chain, CancellationToken.None);
            (chainId, tableName, nextSequence, lastHash) = (chain, table, 0, LedgerHash.Genesis(table, chain));
        }
        return await tables.GetAsync(table);
    }
}
