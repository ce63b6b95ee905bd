using Azure.Data.Tables;
using DataZones.Marketplace.Ledger;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Telemetry;
using DataZones.Marketplace.Time;

namespace DataZones.Marketplace.Metering;

/// <summary>
/// One shard of this instance's usage chains: it appends batches as entity-group transactions, one at a time, each
/// extending the chain of its records' business hour where the previous batch ended. Only its own loop calls it (one
/// writer per chain), so the chain needs no coordination.
/// </summary>
/// <remarks>
/// <para>A record's <see cref="UsageRecord.Time"/>, stamped once by the pipeline, decides its table (business day) and
/// chain (business hour) — the same instant that decided its quota month and price — so a call at 23:59:59.9 is
/// billed on the day it was receipted even if its batch commits after midnight. A batch that straddles an hour is
/// written as one transaction per hour. A record reaches its hour's chain within moments of the hour's end, well
/// before the hour is sealed (five minutes past).</para>
/// <para>A new chain (segment) starts when one reaches its length limit, and after any write whose outcome is not
/// confirmed: the transaction may have committed anyway, so its positions are never written again, and the chain
/// position always moves past whatever may be durable. A write whose commit is confirmed by reading its first row
/// back — whatever error the answer came with — completes its callers as durable.</para>
/// </remarks>
internal sealed class UsageChain(int index, string writerId, long lengthMax, PlatformTables tables, ChainRegistry chains, BusinessCalendar calendar, PlatformMetrics metrics)
{
    /// <summary>Hours kept open behind the newest one seen, for records that reach the writer late.</summary>
    private static readonly TimeSpan OpenHoursBehind = TimeSpan.FromHours(2);

    private readonly Dictionary<string, ChainCursor> cursors = new(StringComparer.Ordinal);
    private DateTimeOffset newestHour = DateTimeOffset.MinValue;

    /// <summary>Makes the batch durable and completes each caller's task, or fails the callers of what is not durable.</summary>
    public async Task WriteAsync(List<PendingUsage> batch)
    {
        foreach (var part in batch.GroupBy(p => (Day: calendar.DayOf(p.Record.Time), Hour: calendar.HourOf(p.Record.Time))))
        {
            await WritePartAsync([.. part], part.Key.Day, part.Key.Hour);
        }
    }

    private async Task WritePartAsync(List<PendingUsage> part, DateOnly day, int hour)
    {
        ChainCursor? cursor = null;
        try
        {
            cursor = await OpenAsync(day, hour);
            var table = await tables.GetAsync(cursor.Table);
            var links = new ChainLink[part.Count];
            var actions = new List<TableTransactionAction>(part.Count);
            var previous = cursor.LastHash;
            for (var i = 0; i < part.Count; i++)
            {
                var sequence = cursor.NextSequence + i;
                links[i] = new ChainLink(cursor.Table, cursor.ChainId!, sequence, previous, LedgerHash.Of(part[i].Record, cursor.ChainId!, sequence, previous));
                actions.Add(new TableTransactionAction(TableTransactionActionType.Add, UsageEntity.From(part[i].Record, links[i])));
                previous = links[i].Hash;
            }
            await UsageCommit.SubmitAsync(table, actions, part[0].Record.RequestId);
            metrics.BatchCommitted(part.Count);
            cursor.Advance(part.Count, previous);
            for (var i = 0; i < part.Count; i++) part[i].Durable.TrySetResult(links[i]);
        }
        catch (Exception exception)
        {
            // Not confirmed durable: every caller answers 503 with no data, and the chain moves on to a new segment.
            cursor?.Abandon();
            foreach (var pending in part) pending.Durable.TrySetException(exception);
        }
    }

    private async Task<ChainCursor> OpenAsync(DateOnly day, int hour)
    {
        var dayKey = Keys.Day(day);
        var table = "usage" + dayKey;
        var prefix = $"h{hour:D2}-{writerId}-s{index:D2}-";
        if (!cursors.TryGetValue(table + "/" + prefix, out var cursor))
        {
            cursor = new ChainCursor(table, calendar.StartOf(day).AddHours(hour));
            cursors[table + "/" + prefix] = cursor;
            ForgetOldHours(cursor.HourStart);
        }
        if (cursor.ChainId is null || cursor.NextSequence >= lengthMax)
        {
            var segment = cursor.Segment + 1;
            var chainId = prefix + segment.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            await chains.RegisterAsync(dayKey, table, chainId, CancellationToken.None);
            cursor.Start(segment, chainId, LedgerHash.Genesis(table, chainId));
        }
        return cursor;
    }

    private void ForgetOldHours(DateTimeOffset hourStart)
    {
        if (hourStart <= newestHour) return;
        newestHour = hourStart;
        foreach (var old in cursors.Where(c => c.Value.HourStart < newestHour - OpenHoursBehind).Select(c => c.Key).ToList()) cursors.Remove(old);
    }
}
