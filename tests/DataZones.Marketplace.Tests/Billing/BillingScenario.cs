using System.Globalization;
using System.Net.Http.Json;
using DataZones.Marketplace.Billing;
using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Metering;
using DataZones.Marketplace.Pricing;
using DataZones.Marketplace.Tests.Hosting;
using DataZones.Marketplace.Usage;
using DataZones.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Marketplace.Tests.Billing;

/// <summary>
/// A test host with the billing products, an operator key, and helpers that write raw usage through the real
/// <see cref="UsageWriter"/> on chosen business days and roll the days up, as the UsageRollup job would.
/// </summary>
public sealed class BillingScenario : IAsyncDisposable
{
    public static readonly DateOnly October = new(2026, 10, 1);
    public static readonly DateOnly November = new(2026, 11, 1);
    private static readonly TimeSpan BusinessOffset = TimeSpan.FromHours(8);
    private int requests;
    private PeriodUnitCounter counter = new();

    private BillingScenario(MarketplaceTestHost host, string operatorKey)
    {
        Host = host;
        OperatorKey = operatorKey;
    }

    public MarketplaceTestHost Host { get; }

    public string OperatorKey { get; }

    /// <param name="settings">Configuration overrides (e.g. a shared table prefix, to reopen the same storage).</param>
    /// <param name="fusionHolders">The two-holder product's holders, to change them between two hosts on the same storage.</param>
    public static async Task<BillingScenario> StartAsync(IDictionary<string, string?>? settings = null, string[]? fusionHolders = null)
    {
        var host = await TestHosts.StartAsync(settings, s => s.AddBillingProducts(fusionHolders));
        return new BillingScenario(host, await host.OperatorKeyAsync());
    }

    public T Service<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    public HttpClient Operator() => Host.Client(OperatorKey);

    public Task<(string ConsumerId, string Key)> ConsumerAsync() => Host.NewConsumerAsync(OperatorKey);

    /// <summary>Meters one call per entry of <paramref name="unitsPerCall"/> at noon of <paramref name="day"/>, then rolls the day up.</summary>
    public Task UseAsync(string consumerId, string productId, string planId, DateOnly day, params long[] unitsPerCall) =>
        UseAsync(consumerId, "sub-" + consumerId, productId, planId, day, unitsPerCall);

    /// <summary>
    /// As <see cref="UseAsync(string, string, string, DateOnly, long[])"/>, under the given subscription. Each call is
    /// priced as the paid pipeline prices it — what it adds to the month given the units metered before it — by this
    /// scenario's own count, which stands for one instance that metered every earlier call of the month.
    /// </summary>
    public async Task UseAsync(string consumerId, string subscriptionId, string productId, string planId, DateOnly day, params long[] unitsPerCall)
    {
        await MeterAsync(consumerId, subscriptionId, productId, planId, new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), BusinessOffset), unitsPerCall);
        await Service<UsageRollupService>().RollUpAsync(day, CancellationToken.None);
    }

    /// <summary>Meters one call per entry of <paramref name="unitsPerCall"/> at <paramref name="at"/>, without rolling the day up.</summary>
    public async Task MeterAsync(string consumerId, string subscriptionId, string productId, string planId, DateTimeOffset at, params long[] unitsPerCall)
    {
        Host.Clock.Set(at);
        var day = DateOnly.FromDateTime(at.ToOffset(BusinessOffset).DateTime);
        var priced = (await Service<CatalogService>().FindAsync(productId, CancellationToken.None))!.FindPlan(planId, Host.Clock.GetUtcNow())!;
        var line = new PeriodLine(subscriptionId, planId, priced.Version, day.ToString("yyyyMM", CultureInfo.InvariantCulture));
        var records = unitsPerCall.Select(units =>
        {
            var before = counter.Take(line, units);
            return new UsageRecord("req-" + Interlocked.Increment(ref requests).ToString(CultureInfo.InvariantCulture) + "-" + consumerId, consumerId, subscriptionId,
                productId, "lookup", planId, units, PlanRating.MarginalUnitPrice(priced.Plan, before) ?? 0m, PlanRating.MarginalAmount(priced.Plan, before, units),
                Host.Clock.GetUtcNow(), "request-hash", "response-hash", priced.Version, before);
        }).ToList();
        var writer = Service<UsageWriter>();
        await Task.WhenAll(records.Select(record => writer.AppendAsync(record, CancellationToken.None)));
    }

    /// <summary>Forgets the units metered so far, as a newly started instance would: its next calls are priced from 0.</summary>
    public void StartAnotherInstance() => counter = new PeriodUnitCounter();

    /// <summary>Moves the clock to the morning after <paramref name="month"/> and closes it.</summary>
    public async Task<BillingCloseResult> CloseAsync(DateOnly month)
    {
        AfterMonth(month);
        return (await Service<BillingCloseService>().CloseAsync(month, CancellationToken.None)).Closed!;
    }

    /// <summary>Requests a subscription with the consumer's key at <paramref name="at"/>; returns its id and status.</summary>
    public async Task<(string Id, string Status)> SubscribeAsync(string consumerKey, string productId, string planId, DateTimeOffset at)
    {
        Host.Clock.Set(at);
        using var client = Host.Client(consumerKey);
        var view = await (await client.PostAsJsonAsync("/me/subscriptions", new { productId, planId })).EnsureSuccessStatusCode()
            .Content.ReadFromJsonAsync<MarketplaceTestHost.SubscriptionView>();
        return (view!.Id, view.Status);
    }

    /// <summary>The operator's decision (approve, reject, suspend, resume, cancel) on a subscription at <paramref name="at"/>.</summary>
    public async Task DecideAsync(string consumerId, string subscriptionId, string action, DateTimeOffset at)
    {
        Host.Clock.Set(at);
        using var client = Operator();
        (await client.PostAsJsonAsync($"/operator/consumers/{consumerId}/subscriptions/{subscriptionId}/{action}", new { reason = "test" })).EnsureSuccessStatusCode();
    }

    /// <summary>An instant in business time.</summary>
    public static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, BusinessOffset);

    public void AfterMonth(DateOnly month) =>
        Host.Clock.Set(new DateTimeOffset(month.AddMonths(1).ToDateTime(new TimeOnly(10, 30)), BusinessOffset));

    public async Task<Invoice> LiveInvoiceAsync(string consumerId, DateOnly month) =>
        (await Service<InvoiceStore>().InvoicesForMonthAsync(consumerId, month, CancellationToken.None)).Select(f => f.Document).Single(d => d.State != InvoiceState.Void);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
