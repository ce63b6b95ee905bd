using DataZones.Marketplace.Audit;
using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Time;

namespace DataZones.Marketplace.Settlement;

/// <summary>
/// Stores allocation policy versions (validated with every violation reported) and finds the version in force for a
/// period. A product without a stored version in force settles under <see cref="AllocationPolicy.DemoDefault"/> with
/// the product's holders (the DOMAIN.md demo policy: 70/30 up to ¥10,000, 50/50 to ¥30,000, 30/70 above).
/// </summary>
public sealed class AllocationPolicyService(AllocationPolicyStore store, PolicyUsedStore used, CatalogService catalog, AuditLog audit, BusinessCalendar calendar, TimeProvider time)
{
    /// <summary>
    /// Saves <paramref name="draft"/> as the product's next version (its own <c>Version</c> is ignored). Its
    /// <c>EffectiveFrom</c> may not be before the current business month, which may not be settled yet; earlier
    /// months keep the version they were (or will be) settled with.
    /// </summary>
    public async Task<PolicySaveResult> SaveAsync(AllocationPolicy draft, string actor, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(draft.ProductId, cancellationToken) is null) return new PolicySaveResult(null, [], ProductMissing: true);
        var versions = await store.VersionsAsync(draft.ProductId, cancellationToken);
        var policy = draft with { Version = versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1 };
        var violations = AllocationPolicyValidator.Validate(policy).ToList();
        var currentMonth = BusinessCalendar.MonthOf(calendar.DayOf(time.GetUtcNow()));
        if (policy.EffectiveFrom < currentMonth)
        {
            violations.Add(new(PolicySaveViolationCodes.EffectiveFromInPast,
                $"effective from {policy.EffectiveFrom:yyyy-MM-dd}, before the current month ({currentMonth:yyyy-MM}); a new version cannot reach back into months that may be settled"));
        }
        if (violations.Count > 0) return new PolicySaveResult(null, violations);
        if (!await store.AddAsync(policy, actor, time.GetUtcNow(), cancellationToken)) return new PolicySaveResult(null, [], Conflict: true);
        await audit.RecordAsync("policy:" + policy.ProductId, "version-saved", actor, $"version {policy.Version} effective {policy.EffectiveFrom:yyyy-MM-dd}", cancellationToken);
        return new PolicySaveResult(policy, []);
    }

    public Task<IReadOnlyList<AllocationPolicy>> VersionsAsync(string productId, CancellationToken cancellationToken) =>
        store.VersionsAsync(productId, cancellationToken);

    /// <summary>The policy for the period starting <paramref name="periodStart"/>; null if the product is unknown.</summary>
    public async Task<PolicyInForce?> InForceAsync(string productId, DateOnly periodStart, CancellationToken cancellationToken)
    {
        var stored = AllocationPolicyVersions.InForce(await store.VersionsAsync(productId, cancellationToken), periodStart);
        if (stored is not null) return new PolicyInForce(stored, false);
        if (await catalog.FindAsync(productId, cancellationToken) is not { } product) return null;
        return new PolicyInForce(AllocationPolicy.DemoDefault(productId, [.. product.Descriptor.HolderIds]), true);
    }

    /// <summary>
    /// The policy that settles the product's lines of a billing month: the one frozen at its first settlement, or
    /// else the one in force now, frozen from here on (with the default's holder list as it is today). Null if the
    /// product is unknown and nothing was frozen.
    /// </summary>
    public async Task<PolicyInForce?> UsedForAsync(string productId, DateOnly billingMonth, CancellationToken cancellationToken)
    {
        if (await used.FindAsync(productId, billingMonth, cancellationToken) is { } frozen) return frozen;
        if (await InForceAsync(productId, billingMonth, cancellationToken) is not { } inForce) return null;
        return await used.RecordAsync(productId, billingMonth, inForce, cancellationToken);
    }
}
