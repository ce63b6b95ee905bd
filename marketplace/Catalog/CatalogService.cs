using DataZones.Marketplace.Audit;
using DataZones.Marketplace.Pricing;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Catalog;

/// <summary>
/// The products on offer: the zones' descriptors with the operator's overrides applied. Read on every paid call,
/// so it is served from memory and refreshed from storage at most every <see cref="CatalogOptions.RefreshSeconds"/>.
/// </summary>
public sealed class CatalogService
{
    private readonly IReadOnlyDictionary<string, ProductDescriptor> descriptors;
    private readonly CatalogOverrideStore store;
    private readonly AuditLog audit;
    private readonly TimeProvider time;
    private readonly TimeSpan refresh;
    private readonly SemaphoreSlim loading = new(1, 1);
    private volatile Snapshot? snapshot;

    public CatalogService(IEnumerable<ProductDescriptor> products, CatalogOverrideStore store, AuditLog audit, TimeProvider time, IOptions<CatalogOptions> options)
    {
        var list = products.ToList();
        var duplicates = list.GroupBy(p => p.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0) throw new InvalidOperationException($"Duplicate product ids: {string.Join(", ", duplicates)}.");
        foreach (var product in list) product.Plans.ToList().ForEach(plan => plan.EnsureValid());
        descriptors = list.ToDictionary(p => p.Id, StringComparer.Ordinal);
        this.store = store;
        this.audit = audit;
        this.time = time;
        refresh = TimeSpan.FromSeconds(options.Value.RefreshSeconds);
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
        await SaveAsync(current, listed, PlansOverride(current), actor, listed ? "listed" : "unlisted", null, cancellationToken);
    }

    /// <summary>Replaces the product's plans (null restores the zone's own). Plans must be valid.</summary>
    public async Task SetPlansAsync(string productId, IReadOnlyList<PricePlan>? plans, string actor, CancellationToken cancellationToken)
    {
        var current = await FindAsync(productId, cancellationToken) ?? throw new KeyNotFoundException(productId);
        plans?.ToList().ForEach(p => p.EnsureValid());
        var detail = plans is null ? "restored the zone's plans" : string.Join("; ", plans.Select(p => p.ToString()));
        await SaveAsync(current, current.Listed, plans, actor, "plans-overridden", detail, cancellationToken);
    }

    private IReadOnlyList<PricePlan>? PlansOverride(CatalogProduct product) =>
        ReferenceEquals(product.Plans, product.Descriptor.Plans) ? null : product.Plans;

    private async Task SaveAsync(CatalogProduct current, bool listed, IReadOnlyList<PricePlan>? plans, string actor, string action, string? detail, CancellationToken cancellationToken)
    {
        await store.SaveAsync(new CatalogOverride(current.Id, listed, plans), cancellationToken);
        await audit.RecordAsync("product:" + current.Id, action, actor, detail, cancellationToken);
        snapshot = null; // this instance sees its own change at once
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
            var products = descriptors.Values.ToDictionary(d => d.Id, d => overrides.TryGetValue(d.Id, out var o)
                ? new CatalogProduct(d, o.Listed, o.Plans ?? d.Plans)
                : new CatalogProduct(d, true, d.Plans), StringComparer.Ordinal);
            snapshot = current = new Snapshot(products, time.GetUtcNow());
            return current;
        }
        finally
        {
            loading.Release();
        }
    }
}
