using System.Threading.Channels;
using DataZones.Marketplace.Ids;
using DataZones.Marketplace.Ledger;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Telemetry;
using DataZones.Marketplace.Time;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Metering;

/// <summary>
/// Makes usage records durable with group commit. Every record joins one queue; this instance's chains take turns
/// to drain it, each taking up to a transaction's worth of whatever is waiting, with at most
/// <see cref="MeteringOptions.TransactionsInFlightMax"/> transactions in flight. While those are in flight the queue
/// fills, so batches grow with load: few large transactions under load, small fast ones when quiet. Each caller's
/// task completes when its batch is durable — or fails, and then its caller must not answer with data. Chains are
/// per instance (the writer id is random per process), so no two instances ever write the same chain.
/// </summary>
public sealed class UsageWriter : IHostedService
{
    private readonly Channel<PendingUsage> queue;
    private readonly UsageChain[] chains;
    private readonly SemaphoreSlim inFlight;
    private readonly int batchSizeMax;
    private readonly List<Task> loops = [];

    public UsageWriter(PlatformTables tables, ChainRegistry registry, BusinessCalendar calendar, IIdGenerator ids, PlatformMetrics metrics, IOptions<MeteringOptions> options)
    {
        var settings = options.Value;
        WriterId = ids.NewId()[^8..].ToLowerInvariant();
        queue = Channel.CreateBounded<PendingUsage>(new BoundedChannelOptions(settings.QueueLengthMax) { FullMode = BoundedChannelFullMode.Wait });
        chains = Enumerable.Range(0, settings.ShardCount).Select(i => new UsageChain(i, WriterId, settings.ChainLengthMax, tables, registry, calendar, metrics)).ToArray();
        inFlight = new SemaphoreSlim(Math.Min(settings.TransactionsInFlightMax, settings.ShardCount));
        batchSizeMax = settings.BatchSizeMax;
    }

    /// <summary>This instance's writer id, part of every chain id it writes.</summary>
    public string WriterId { get; }

    /// <summary>Completes when the record is durable, with its place in the ledger.</summary>
    public async Task<ChainLink> AppendAsync(UsageRecord record, CancellationToken cancellationToken)
    {
        var pending = new PendingUsage(record);
        await queue.Writer.WriteAsync(pending, cancellationToken);
        // Once queued the record may be written whatever the caller does, so the wait is not cancelled: the caller
        // learns the truth (durable or not) before deciding what to answer.
        return await pending.Durable.Task.ConfigureAwait(false);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        loops.AddRange(chains.Select(chain => Task.Run(() => RunAsync(chain), CancellationToken.None)));
        return Task.CompletedTask;
    }

    /// <summary>Stops taking records and waits for the queued ones to be written.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        await Task.WhenAll(loops).WaitAsync(cancellationToken);
    }

    private async Task RunAsync(UsageChain chain)
    {
        var batch = new List<PendingUsage>(batchSizeMax);
        while (true)
        {
            // Take a turn first, then the records: records that arrive while every turn is taken wait and batch up.
            await inFlight.WaitAsync();
            try
            {
                if (!await queue.Reader.WaitToReadAsync()) return;
                batch.Clear();
                while (batch.Count < batchSizeMax && queue.Reader.TryRead(out var pending)) batch.Add(pending);
                if (batch.Count > 0) await chain.WriteAsync(batch);
            }
            finally
            {
                inFlight.Release();
            }
        }
    }
}
