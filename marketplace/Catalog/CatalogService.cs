using DataZones.Marketplace.Audit;
using DataZones.Marketplace.Pricing;
using DataZones.Marketplace.Time;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Catalog;

/// <summary>
/// The products on offer: the zones' descriptors with the operator's listing and every price-list version applied.
/// Read on every paid call, so it is served from memory and refreshed from storage at most every
/// <see cref="CatalogOptions.RefreshSeconds"/>. A price change takes effect at the start of a business month at least
/// <see cref="PriceChangeLeadTime"/> away, so every instance holds the new version before any call is priced by it.
/// </summary>
public sealed class CatalogService
{
    private readonly IReadOnlyDictionary<string, ProductDescriptor> descriptors;
    private readonly CatalogOverrideStore store;
    private readonly PriceListStore priceLists;
    private readonly BusinessCalendar calendar;
    private readonly AuditLog audit;
    private readonly TimeProvider time;
    private readonly TimeSpan refresh;
    private readonly SemaphoreSlim loading = new(1, 1);
    private volatile Snapshot? snapshot;

    /// <summary>
    /// How far ahead of its month a price change must be saved: far more than any instance's catalog refresh, so that
    /// no instance prices a call by a version it has not seen.
    /// </summary>
    public static readonly TimeSpan PriceChangeLeadTime = TimeSpan.FromHours(1);

    public CatalogService(IEnumerable<ProductDescriptor> products, CatalogOverrideStore store, PriceListStore priceLists, BusinessCalendar calendar,
        AuditLog audit, TimeProvider time, IOptions<CatalogOptions> options)
    {
        var list = products.ToList();
        var duplicates = list.GroupBy(p => p.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0) throw new InvalidOperationException($"Duplicate product ids: {string.Join(", ", duplicates)}.");
        foreach (var product in list) product.Plans.ToList().ForEach(plan => plan.EnsureValid());
        descriptors = list.ToDictionary(p => p.Id, StringComparer.Ordinal);
        this.store = store;
        this.priceLists = priceLists;
        this.calendar = calendar;
        this.audit = audit;
        this.time = time;
        refresh = TimeSpan.FromSeconds(options.Value.RefreshSeconds);
        if (refresh >= PriceChangeLeadTime) throw new InvalidOperationException($"Catalog:RefreshSeconds must be below {PriceChangeLeadTime.TotalSeconds} (the price-change lead time).");
    }

    private sealed record Snapshot(IReadOnlyDictionary<string, CatalogProduct> Products, DateTimeOffset LoadedAt);

    /// <summary>Every product, listed or not, in a stable order.</summary>
    public async Task<IReadOnlyList<CatalogProduct>> ListAsync(CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).Products.Values.OrderBy(p => p.Descriptor.Zone, StringComparer.Ordinal)
            .ThenBy(p => p.Id, StringComparer.Ordinal).ToList();

    public async Task<CatalogProduct?> FindAsync(string productId, CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).Products.GetValueOrDefault(productId);

    public async Task SetListedAsync(string productId, bool listed, string actor, CancellationToken cancellationToken)
    {
        var current = await FindAsync(productId, cancellationToken) ?? throw new KeyNotFoundException(productId);
        await store.SaveAsync(new CatalogOverride(current.Id, listed), cancellationToken);
        await audit.RecordAsync("product:" + current.Id, listed ? "listed" : "unlisted", actor, null, cancellationToken);
        snapshot = null; // this instance sees its own change at once
    }

    /// <summary>The first month a price change saved now may take effect from.</summary>
    public DateOnly EarliestPriceChangeMonth()
    {
        var month = BusinessCalendar.MonthOf(calendar.DayOf(time.GetUtcNow())).AddMonths(1);
        return calendar.StartOf(month) - time.GetUtcNow() >= PriceChangeLeadTime ? month : month.AddMonths(1);
    }

    /// <summary>
    /// Saves a new version of the product's plans (null: the zone's own) taking effect at the start of
    /// <paramref name="effectiveMonth"/> (default: the earliest month allowed). Plans must be valid.
    /// </summary>
    public async Task<PriceListSaveResult> SetPlansAsync(string productId, IReadOnlyList<PricePlan>? plans, DateOnly? effectiveMonth, string actor,
        CancellationToken cancellationToken)
    {
        var current = await FindAsync(productId, cancellationToken) ?? throw new KeyNotFoundException(productId);
        plans?.ToList().ForEach(p => p.EnsureValid());
        var earliest = EarliestPriceChangeMonth();
        var month = effectiveMonth is { } asked ? BusinessCalendar.MonthOf(asked) : earliest;
        if (month < earliest) return new PriceListSaveResult(null, true, false, earliest);
        var version = current.PriceLists.Max(p => p.Version) + 1;
        var effectiveFrom = calendar.StartOf(month);
        if (!await priceLists.TryAddAsync(new PriceListStore.StoredVersion(productId, version, effectiveFrom, plans), actor, time.GetUtcNow(), cancellationToken))
        {
            return new PriceListSaveResult(null, false, true, earliest);
        }
        var detail = $"version {version} from {effectiveFrom:yyyy-MM-dd'T'HH:mm:sszzz}: "
            + (plans is null ? "the zone's plans" : string.Join("; ", plans.Select(p => p.ToString())));
        await audit.RecordAsync("product:" + current.Id, "plans-versioned", actor, detail, cancellationToken);
        snapshot = null; // this instance sees its own change at once
        return new PriceListSaveResult(new PriceList(version, effectiveFrom, plans ?? current.Descriptor.Plans), false, false, earliest);
    }

    private async Task<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var current = snapshot;
        if (current is not null && time.GetUtcNow() - current.LoadedAt < refresh) return current;
        await loading.WaitAsync(cancellationToken);
        try
        {
            current = snapshot;
            if (current is not null && time.GetUtcNow() - current.LoadedAt < refresh) return current;
            var overrides = (await store.ListAsync(cancellationToken)).ToDictionary(o => o.ProductId, StringComparer.Ordinal);
            var versions = (await priceLists.ListAsync(cancellationToken)).ToLookup(v => v.ProductId, StringComparer.Ordinal);
            var products = descriptors.Values.ToDictionary(d => d.Id, d => new CatalogProduct(d, overrides.GetValueOrDefault(d.Id)?.Listed ?? true,
                [new PriceList(0, DateTimeOffset.MinValue, d.Plans), .. versions[d.Id].OrderBy(v => v.Version).Select(v => new PriceList(v.Version, v.EffectiveFrom, v.Plans ?? d.Plans))]),
                StringComparer.Ordinal);
            snapshot = current = new Snapshot(products, time.GetUtcNow());
            return current;
        }
        finally
        {
            loading.Release();
        }
    }
}
