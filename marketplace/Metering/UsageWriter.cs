using DataZones.Marketplace.Ids;
using DataZones.Marketplace.Ledger;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Time;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Metering;

/// <summary>
/// Makes usage records durable with group commit: a record joins one of this instance's shards (chains), each
/// shard writes its waiting records as one transaction, and each caller's task completes when its batch is
/// durable — or fails, and then its caller must not answer with data. Shards are per instance (the writer id is
/// random per process), so no two instances ever write the same chain.
/// </summary>
public sealed class UsageWriter : IHostedService
{
    private readonly UsageShard[] shards;
    private readonly List<Task> loops = [];

    public UsageWriter(PlatformTables tables, ChainRegistry chains, BusinessCalendar calendar, TimeProvider time, IIdGenerator ids, IOptions<MeteringOptions> options)
    {
        var writerId = ids.NewId()[^8..].ToLowerInvariant();
        WriterId = writerId;
        shards = Enumerable.Range(0, options.Value.ShardCount)
            .Select(i => new UsageShard(i, writerId, tables, chains, calendar, time, options.Value.BatchSizeMax, options.Value.QueueLengthMax))
            .ToArray();
    }

    /// <summary>This instance's writer id, part of every chain id it writes.</summary>
    public string WriterId { get; }

    /// <summary>Completes when the record is durable, with its place in the ledger.</summary>
    public async Task<ChainLink> AppendAsync(UsageRecord record, CancellationToken cancellationToken)
    {
        var pending = new PendingUsage(record);
        var shard = shards[(int)((uint)StringComparer.Ordinal.GetHashCode(record.RequestId) % (uint)shards.Length)];
        await shard.EnqueueAsync(pending, cancellationToken);
        // Once queued the record may be written whatever the caller does, so the wait is not cancelled: the caller
        // learns the truth (durable or not) before deciding what to answer.
        return await pending.Durable.Task.ConfigureAwait(false);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        loops.AddRange(shards.Select(s => Task.Run(s.RunAsync, CancellationToken.None)));
        return Task.CompletedTask;
    }

    /// <summary>Stops taking records and waits for the queued ones to be written.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var shard in shards) shard.Complete();
        await Task.WhenAll(loops).WaitAsync(cancellationToken);
    }
}
