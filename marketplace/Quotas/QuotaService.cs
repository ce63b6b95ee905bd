using System.Collections.Concurrent;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Telemetry;
using DataZones.Marketplace.Time;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Quotas;

/// <summary>
/// Enforces a plan's cap per period across instances without a storage write per call: each instance claims units
/// in blocks (leases) from the subscription's period counter and serves calls from its block in memory.
/// </summary>
public sealed class QuotaService(QuotaCounterStore counters, BusinessCalendar calendar, TimeProvider time, PlatformMetrics metrics, IOptions<QuotaOptions> options)
{
    private sealed class Lease
    {
        public long Available;
        public long ClaimedTotal;
        public readonly SemaphoreSlim Gate = new(1, 1);
    }

    private readonly ConcurrentDictionary<(string, string), Lease> leases = new();

    /// <summary>
    /// Takes <paramref name="units"/> of the subscription's cap for the period of <paramref name="at"/> — the call's one
    /// metering instant, which also decides its usage record's time and day, so a call is counted in the month it is billed in.
    /// </summary>
    public async Task<QuotaDecision> TryTakeAsync(string subscriptionId, long units, long cap, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var period = Keys.Month(calendar.DayOf(at));
        var resetsAt = calendar.NextMonthStart(at);
        var lease = leases.GetOrAdd((subscriptionId, period), _ => new Lease());
        await lease.Gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 0; lease.Available < units && attempt < options.Value.ClaimAttemptsMax; attempt++)
            {
                var wanted = Math.Max(units - lease.Available, options.Value.LeaseBlockUnits);
                var claim = await counters.TryClaimAsync(subscriptionId, period, wanted, cap, cancellationToken);
                if (claim is null) continue;
                if (claim.Value.Claimed > 0) metrics.QuotaBlockClaimed();
                lease.Available += claim.Value.Claimed;
                lease.ClaimedTotal = claim.Value.Total;
                if (claim.Value.Claimed == 0) break; // the cap is fully claimed
            }
            if (lease.Available < units) return new QuotaDecision(false, Remaining(lease, cap), resetsAt);
            lease.Available -= units;
            return new QuotaDecision(true, Remaining(lease, cap), resetsAt);
        }
        finally
        {
            lease.Gate.Release();
        }
    }

    /// <summary>
    /// Gives back units taken for a call that was then not metered (and so not answered or billed): they return to this
    /// instance's block, so the cap is not spent on calls that never happened.
    /// </summary>
    public async Task ReturnAsync(string subscriptionId, long units, DateTimeOffset at)
    {
        if (!leases.TryGetValue((subscriptionId, Keys.Month(calendar.DayOf(at))), out var lease)) return;
        await lease.Gate.WaitAsync(CancellationToken.None);
        try
        {
            lease.Available += units;
        }
        finally
        {
            lease.Gate.Release();
        }
    }

    /// <summary>
    /// Whether this instance already knows the cap is used up for the current period (its block is empty and the
    /// counter was fully claimed when it last looked) — a refusal without a storage read or running the zone's work.
    /// </summary>
    public bool IsKnownExhausted(string subscriptionId, long cap, out DateTimeOffset resetsAt)
    {
        var now = time.GetUtcNow();
        resetsAt = calendar.NextMonthStart(now);
        return leases.TryGetValue((subscriptionId, Keys.Month(calendar.DayOf(now))), out var lease)
            && Interlocked.Read(ref lease.Available) == 0 && Interlocked.Read(ref lease.ClaimedTotal) >= cap;
    }

    // Units this instance still holds plus those no instance has claimed yet.
    private static long Remaining(Lease lease, long cap) => lease.Available + Math.Max(0, cap - lease.ClaimedTotal);
}
