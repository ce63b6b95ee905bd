using DataZones.Marketplace.Settlement;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// Re-allocates every settled line under the policy frozen for its product and billing month (not the one in force
/// today, nor today's holder list) and compares every party's amount: check <c>settled-vs-policy</c>.
/// </summary>
public sealed class PolicyReallocationCheck(PolicyUsedStore used)
{
    public async Task CheckAsync(IEnumerable<SettledLine> lines, List<ReconciliationMismatch> mismatches, CancellationToken cancellationToken)
    {
        foreach (var group in lines.GroupBy(l => l.BillingPeriodStart))
        {
            var frozen = await used.ForBillingMonthAsync(group.Key, cancellationToken);
            foreach (var line in group)
            {
                if (!frozen.TryGetValue(line.ProductId, out var policy))
                {
                    mismatches.Add(new("settled-vs-policy", line.LineKey, "a policy frozen for its product and month", "none"));
                    continue;
                }
                var expected = Describe(ProgressiveAllocator.Allocate(policy.Policy, line.Revenue).Parts.Select(p => new SettledPart(p.Party.ToString(), p.Amount)), policy.RecordedVersion);
                var actual = Describe(line.Parts, line.PolicyVersion);
                if (expected != actual) mismatches.Add(new("settled-vs-policy", line.LineKey, expected, actual));
            }
        }
    }

    private static string Describe(IEnumerable<SettledPart> parts, int version) =>
        $"v{version}: " + string.Join(", ", parts.OrderBy(p => p.Party, StringComparer.Ordinal).Select(p => $"{p.Party} {SettlementReconciler.Money(p.Amount)}"));
}
