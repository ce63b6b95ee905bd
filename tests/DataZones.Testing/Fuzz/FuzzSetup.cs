using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Marketplace.Access;
using DataZones.Marketplace.Identifiers;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Testing.Fuzz;

/// <summary>
/// What a fuzz run sends as, made through the app's own routes from one operator key (deployment's bootstrap path):
/// the operator, a bank consumer subscribed (and approved) to every listed product, a data holder, and nobody.
/// And the ids a valid request names (the consumer, the products, the collections, a valid credit code, this
/// month and today), keyed by the parameter or property name the document uses.
/// </summary>
public sealed record FuzzSetup(IReadOnlyList<FuzzCredential> Credentials, IReadOnlyDictionary<string, IReadOnlyList<string>> KnownValues)
{
    public static async Task<FuzzSetup> CreateAsync(HttpClient client, IServiceProvider services, CancellationToken cancellationToken)
    {
        var keys = services.GetRequiredService<ApiKeyService>();
        var operatorKey = (await keys.CreateAsync(new ApiKeyOwner("fuzz-operator", [Roles.Operator]), "fuzz", cancellationToken))!.Value.Key;
        var creditCode = UnifiedSocialCreditCodeValidator.Complete("91370200MA3C8XQL0");

        var consumer = await PostAsync(client, operatorKey, "/operator/consumers", new { name = "Fuzz bank", kind = "bank", creditCode }, cancellationToken);
        var consumerId = (string)consumer["id"]!;
        var consumerKey = (string)(await PostAsync(client, operatorKey, $"/operator/consumers/{consumerId}/keys", null, cancellationToken))["key"]!;
        var holderKey = (string)(await PostAsync(client, operatorKey, "/operator/staff-keys", new { ownerId = "qingdao-tax", roles = new[] { Roles.DataHolder } }, cancellationToken))["key"]!;

        var catalog = JsonNode.Parse(await client.GetStringAsync(new Uri("/catalog", UriKind.Relative), cancellationToken))!;
        var products = catalog["zones"]!.AsArray().SelectMany(z => z!["products"]!.AsArray()).ToList();
        foreach (var product in products)
        {
            var subscription = await PostAsync(client, consumerKey, "/me/subscriptions",
                new { productId = (string)product!["id"]!, planId = (string)product["plans"]![0]!["id"]! }, cancellationToken);
            if ((string?)subscription["status"] is "Pending" or "pending")
            {
                await PostAsync(client, operatorKey, $"/operator/consumers/{consumerId}/subscriptions/{subscription["id"]}/approve",
                    new { reason = "fuzz", elevatedGrade = true }, cancellationToken);
            }
        }

        var collections = JsonNode.Parse(await client.GetStringAsync(new Uri("/zones/ocean/collections", UriKind.Relative), cancellationToken))!;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var known = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["consumerId"] = [consumerId],
            ["productId"] = [.. products.Select(p => (string)p!["id"]!)],
            ["product"] = [.. products.Select(p => (string)p!["id"]!)],
            ["collectionId"] = [.. (collections["collections"]?.AsArray() ?? []).Select(c => (string)c!["id"]!).DefaultIfEmpty("qingdao-daily")],
            ["collection"] = [.. (collections["collections"]?.AsArray() ?? []).Select(c => (string)c!["id"]!).DefaultIfEmpty("qingdao-daily")],
            ["creditCode"] = [creditCode],
            ["period"] = [today.ToString("yyyy-MM", CultureInfo.InvariantCulture)],
            ["day"] = [today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
            ["party"] = ["qingdao-tax", "operator"],
        };
        FuzzCredential[] credentials =
        [
            new("operator", operatorKey), new("consumer", consumerKey), new("data holder", holderKey), FuzzCredential.None,
        ];
        return new FuzzSetup(credentials, known);
    }

    private static async Task<JsonNode> PostAsync(HttpClient client, string key, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, key);
        using var response = await client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"fuzz setup: POST {path} → {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }
}
