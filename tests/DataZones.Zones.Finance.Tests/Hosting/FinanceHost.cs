using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DataZones.Testing;
using DataZones.Zones.Finance.Products;
using DataZones.Zones.Finance.Reference;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Zones.Finance.Tests.Hosting;

/// <summary>
/// The finance zone in a marketplace test host on Azurite (own table prefix), with the tests' hashing key, and the
/// calls the HTTP tests share: holder keys, uploads that wait for their job, and a consumer subscribed to every
/// finance product.
/// </summary>
internal sealed class FinanceHost : IAsyncDisposable
{
    private FinanceHost(MarketplaceTestHost host, string operatorKey)
    {
        Host = host;
        OperatorKey = operatorKey;
    }

    public MarketplaceTestHost Host { get; }

    public string OperatorKey { get; }

    public IServiceProvider Services => Host.Services;

    public static async Task<FinanceHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Finance:IdentifierHashKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray()),
            // The manual clock never refills the rate limiter's bucket; these tests are not about rate limits.
            ["RateLimit:BurstPermits"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var host = await MarketplaceTestHost.StartAsync((services, configuration) => services.AddFinanceZone(configuration),
            endpoints => endpoints.MapFinanceZone(), all);
        return new FinanceHost(host, await host.OperatorKeyAsync());
    }

    public HttpClient Client(string? apiKey) => Host.Client(apiKey);

    /// <summary>A data-holder staff key, made through the operator's API.</summary>
    public async Task<string> HolderKeyAsync(string ownerId)
    {
        using var client = Client(OperatorKey);
        var response = await client.PostAsJsonAsync("/operator/staff-keys", new { ownerId, roles = new[] { "DataHolder" } });
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!["key"]!.GetValue<string>();
    }

    /// <summary>A consumer subscribed to all three finance products; returns its key.</summary>
    public async Task<string> ConsumerOfEveryProductAsync()
    {
        var (consumerId, key, _) = await Host.SubscribedConsumerAsync(OperatorKey, FinanceProducts.Verification, FinanceProducts.PayPerUsePlanId);
        using var client = Client(key);
        using var operatorClient = Client(OperatorKey);
        foreach (var productId in new[] { FinanceProducts.CreditProfile, FinanceProducts.LoanPolicyMatching })
        {
            var subscription = await (await client.PostAsJsonAsync("/me/subscriptions", new { productId, planId = FinanceProducts.PayPerUsePlanId }))
                .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>();
            if (subscription!["status"]!.GetValue<string>() != "active")
            {
                (await operatorClient.PostAsJsonAsync($"/operator/consumers/{consumerId}/subscriptions/{subscription["id"]}/approve", new { reason = "test" }))
                    .EnsureSuccessStatusCode();
            }
        }

        return key;
    }

    /// <summary>Uploads a file as the operator (or <paramref name="apiKey"/>) and waits for its job to finish.</summary>
    public async Task<JsonObject> IngestAsync(FinanceSource source, string format, byte[] content, string? apiKey = null)
    {
        using var client = Client(apiKey ?? OperatorKey);
        var response = await client.PostAsync($"/zones/finance/ingestions?source={FinanceSources.Code(source)}&format={format}", new ByteArrayContent(content));
        var job = (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!;
        return await WaitAsync(client, job["id"]!.GetValue<string>());
    }

    public Task<JsonObject> IngestAsync(FinanceSource source, string format, string content, string? apiKey = null) =>
        IngestAsync(source, format, Encoding.UTF8.GetBytes(content), apiKey);

    public static async Task<JsonObject> WaitAsync(HttpClient client, string jobId)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var job = (await client.GetFromJsonAsync<JsonObject>($"/zones/finance/ingestions/{jobId}"))!;
            if (job["state"]!.GetValue<string>() is "succeeded" or "failed") return job;
            await Task.Delay(100);
        }

        throw new TimeoutException($"Ingestion job {jobId} did not finish within a minute.");
    }

    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
