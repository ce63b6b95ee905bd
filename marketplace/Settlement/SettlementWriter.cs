using Microsoft.Extensions.Logging;

namespace DataZones.Marketplace.Settlement;

/// <summary>
/// Settles transactions: each line is allocated by <see cref="ProgressiveAllocator"/> under the policy frozen for its
/// product and billing month (<see cref="AllocationPolicyService.UsedForAsync"/>, looked up once per product and
/// month), so a credit note settled later splits exactly as its invoice did; the lines and the parties' statement
/// entries are stored for the settlement month. Deterministic, so settling the same lines again writes the same rows.
/// </summary>
public sealed partial class SettlementWriter(AllocationPolicyService policies, SettlementStore store, ILogger<SettlementWriter> logger)
{
    /// <summary>Settles <paramref name="inputs"/> in the month <paramref name="periodStart"/>; returns the lines written and the products without a policy.</summary>
    public async Task<(int Settled, IReadOnlyList<string> ProductsWithoutPolicy)> SettleAsync(DateOnly periodStart, IReadOnlyList<SettlementInput> inputs,
        CancellationToken cancellationToken)
    {
        var inForce = new Dictionary<(string, DateOnly), PolicyInForce?>();
        foreach (var key in inputs.Select(i => (i.ProductId, i.BillingPeriodStart)).Distinct())
        {
            inForce[key] = await policies.UsedForAsync(key.ProductId, key.BillingPeriodStart, cancellationToken);
        }
        var lines = new List<SettledLine>(inputs.Count);
        var entries = new List<StatementEntry>(inputs.Count * 2);
        foreach (var input in inputs)
        {
            if (inForce[(input.ProductId, input.BillingPeriodStart)] is not { } policy) continue;
            var allocation = ProgressiveAllocator.Allocate(policy.Policy, input.Revenue);
            var parts = allocation.Parts.Select(p => new SettledPart(p.Party.ToString(), p.Amount)).ToList();
            lines.Add(new SettledLine(input.DocumentId, input.LineNumber, input.ConsumerId, input.ProductId, input.BillingPeriodStart,
                input.Revenue, policy.RecordedVersion, parts));
            entries.AddRange(allocation.Parts.Select(p => new StatementEntry(p.Party.ToString(), input.DocumentId, input.LineNumber,
                input.ConsumerId, input.ProductId, input.Revenue, p.ExactAmount, p.Amount, policy.RecordedVersion)));
        }
        LogAllocated(logger, periodStart, lines.Count, entries.Count);
        await store.WriteAsync(periodStart, lines, entries, cancellationToken);
        var missing = inForce.Where(p => p.Value is null).Select(p => p.Key.Item1).Distinct(StringComparer.Ordinal).ToList();
        return (lines.Count, missing);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Settlement of {Period:yyyy-MM}: {Lines} lines allocated into {Entries} statement entries; writing.")]
    private static partial void LogAllocated(ILogger logger, DateOnly period, int lines, int entries);
}
