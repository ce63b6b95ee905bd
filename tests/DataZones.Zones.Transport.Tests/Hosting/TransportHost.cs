using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DataZones.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Zones.Transport.Tests.Hosting;

/// <summary>
/// The transport zone in a marketplace test host on Azurite (own table prefix), with the tests' hashing key, and the
/// calls the HTTP tests share: uploads that wait for their job, subscribed consumers, staff keys.
/// </summary>
internal sealed class TransportHost : IAsyncDisposable
{
    private TransportHost(MarketplaceTestHost host, string operatorKey)
    {
        Host = host;
        OperatorKey = operatorKey;
    }

    public MarketplaceTestHost Host { get; }

    public string OperatorKey { get; }

    public static async Task<TransportHost> StartAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Transport:IdentifierHashKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray()),
            // The manual clock never refills the rate limiter's bucket; these tests are not about rate limits.
            ["RateLimit:BurstPermits"] = "100000",
        };
        var host = await MarketplaceTestHost.StartAsync((services, configuration) => services.AddTransportZone(configuration),
            endpoints => endpoints.MapTransportZone(), settings);
        return new TransportHost(host, await host.OperatorKeyAsync());
    }

    public HttpClient Client(string? apiKey) => Host.Client(apiKey);

    public T Service<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    public async Task<string> StaffKeyAsync(string ownerId, params string[] roles)
    {
        using var client = Client(OperatorKey);
        var response = await client.PostAsJsonAsync("/operator/staff-keys", new { ownerId, roles });
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!["key"]!.GetValue<string>();
    }

    /// <summary>Uploads a file as the operator (or <paramref name="apiKey"/>) and waits for its job to finish.</summary>
    public async Task<JsonObject> IngestAsync(string source, string content, string? apiKey = null)
    {
        using var client = Client(apiKey ?? OperatorKey);
        var response = await client.PostAsync($"/zones/transport/ingestions?source={source}&format=csv", new ByteArrayContent(Encoding.UTF8.GetBytes(content)));
        var job = (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!;
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var current = (await client.GetFromJsonAsync<JsonObject>($"/zones/transport/ingestions/{job["id"]}"))!;
            if (current["state"]!.GetValue<string>() is "succeeded" or "failed") return current;
            await Task.Delay(100);
        }

        throw new TimeoutException("The transport ingestion did not finish within a minute.");
    }

    /// <summary>A new consumer subscribed (and approved) to every transport product; its key.</summary>
    public async Task<string> ConsumerAsync()
    {
        var (consumerId, key, _) = await Host.SubscribedConsumerAsync(OperatorKey, "transport.vin-decode", "pay-per-use");
        using var client = Client(key);
        using var operatorClient = Client(OperatorKey);
        foreach (var product in new[] { "transport.truck-underwriting", "transport.accident-verification", "transport.used-car-history", "transport.traffic-indicators" })
        {
            var subscription = (await (await client.PostAsJsonAsync("/me/subscriptions", new { productId = product, planId = "pay-per-use" }))
                .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!;
            if (subscription["status"]!.GetValue<string>() != "active")
            {
                (await operatorClient.PostAsJsonAsync($"/operator/consumers/{consumerId}/subscriptions/{subscription["id"]}/approve", new { reason = "test" }))
                    .EnsureSuccessStatusCode();
            }
        }

        return key;
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
