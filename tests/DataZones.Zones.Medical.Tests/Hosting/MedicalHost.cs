using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DataZones.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Zones.Medical.Tests.Hosting;

/// <summary>
/// The medical zone in a marketplace test host on Azurite (own table prefix unless given one), with the tests'
/// hashing keys, and the calls the HTTP tests share: uploads that wait for their job, consumers, staff keys.
/// </summary>
internal sealed class MedicalHost : IAsyncDisposable
{
    private MedicalHost(MarketplaceTestHost host, string operatorKey)
    {
        Host = host;
        OperatorKey = operatorKey;
    }

    public MarketplaceTestHost Host { get; }

    public string OperatorKey { get; }

    public IServiceProvider Services => Host.Services;

    public static async Task<MedicalHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Medical:IdentifierHashKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i * 11)).ToArray()),
            ["Consent:SubjectHashKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i * 13)).ToArray()),
            // The manual clock never refills the rate limiter's bucket; these tests are not about rate limits.
            ["RateLimit:BurstPermits"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var host = await MarketplaceTestHost.StartAsync((services, configuration) => services.AddMedicalZone(configuration),
            endpoints => endpoints.MapMedicalZone(), all);
        return new MedicalHost(host, await host.OperatorKeyAsync());
    }

    public HttpClient Client(string? apiKey) => Host.Client(apiKey);

    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A staff key with <paramref name="roles"/>, made through the operator's API.</summary>
    public async Task<string> StaffKeyAsync(string ownerId, params string[] roles)
    {
        using var client = Client(OperatorKey);
        var response = await client.PostAsJsonAsync("/operator/staff-keys", new { ownerId, roles });
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!["key"]!.GetValue<string>();
    }

    /// <summary>Uploads a file as the operator (or <paramref name="apiKey"/>) and waits for its job to finish.</summary>
    public async Task<JsonObject> IngestAsync(string source, string format, string content, string? apiKey = null)
    {
        using var client = Client(apiKey ?? OperatorKey);
        var response = await client.PostAsync($"/zones/medical/ingestions?source={source}&format={format}", new ByteArrayContent(Encoding.UTF8.GetBytes(content)));
        var job = (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!;
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var current = (await client.GetFromJsonAsync<JsonObject>($"/zones/medical/ingestions/{job["id"]}"))!;
            if (current["state"]!.GetValue<string>() is "succeeded" or "failed") return current;
            await Task.Delay(100);
        }

        throw new TimeoutException("The medical ingestion did not finish within a minute.");
    }

    /// <summary>A new insurer subscribed to both person-level products (approved by the operator); its id and key.</summary>
    public async Task<(string ConsumerId, string Key)> InsurerAsync()
    {
        var (consumerId, key, _) = await Host.SubscribedConsumerAsync(OperatorKey, "medical.claims-verification", "pay-per-use");
        using var client = Client(key);
        using var operatorClient = Client(OperatorKey);
        var subscription = (await (await client.PostAsJsonAsync("/me/subscriptions", new { productId = "medical.underwriting-check", planId = "pay-per-use" }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!;
        if (subscription["status"]!.GetValue<string>() != "active")
        {
            (await operatorClient.PostAsJsonAsync($"/operator/consumers/{consumerId}/subscriptions/{subscription["id"]}/approve", new { reason = "test" }))
                .EnsureSuccessStatusCode();
        }

        return (consumerId, key);
    }

    private string? consentAuthorityKey;

    /// <summary>The consent authority's staff key (one per host).</summary>
    public async Task<string> ConsentAuthorityKeyAsync() => consentAuthorityKey ??= await StaffKeyAsync("citizen-app", "ConsentAuthority");

    /// <summary>Records a consent through the consent authority's API; returns its id.</summary>
    public async Task<string> GrantAsync(string identityNumber, string granteeConsumerId, string[]? purposes = null,
        string dataFrom = "2020-01-01", string dataTo = "2026-12-31", DateTimeOffset? validUntil = null)
    {
        using var client = Client(await ConsentAuthorityKeyAsync());
        var response = await client.PostAsJsonAsync("/consents", new
        {
            identityNumber, granteeConsumerId, purposes = purposes ?? ["medical.claims-verification", "medical.underwriting-check"],
            dataFrom, dataTo, validUntil = validUntil ?? Host.Clock.GetUtcNow().AddDays(90),
        });
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
