using System.Net;
using System.Net.Http.Json;
using DataZones.Marketplace.Tests.Hosting;

namespace DataZones.Marketplace.Tests.Pipeline;

public sealed class AuthorisationTests
{
    [Fact]
    public async Task Call_NoCredential_Returns401Problem()
    {
        await using var host = await TestHosts.StartAsync();
        using var client = host.Client();
        var response = await client.PostAsJsonAsync("/zones/test/echo", new { text = "x" });
        await ProblemAssert.IsAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Equal(["ApiKey header=\"X-Api-Key\"", "Bearer"], response.Headers.WwwAuthenticate.Select(h => h.ToString()));
    }

    [Fact]
    public async Task Call_MalformedOrUnknownKey_Returns401Problem()
    {
        await using var host = await TestHosts.StartAsync();
        foreach (var key in new[] { "not-a-key", "dzk.AAAA.BBBB." + new string('x', 43), "" })
        {
            using var client = host.Client(key);
            var response = await client.PostAsJsonAsync("/zones/test/echo", new { text = "x" });
            await ProblemAssert.IsAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
        }
    }

    [Fact]
    public async Task Call_ValidKeyWithoutSubscription_Returns403NoSubscription()
    {
        await using var host = await TestHosts.StartAsync();
        var (_, key) = await host.NewConsumerAsync(await host.OperatorKeyAsync());
        using var client = host.Client(key);
        var response = await client.PostAsJsonAsync("/zones/test/echo", new { text = "x" });
        await ProblemAssert.IsAsync(response, HttpStatusCode.Forbidden, "no-subscription");
    }

    [Fact]
    public async Task Call_SuspendedThenResumed_Returns403ThenSucceeds()
    {
        await using var host = await TestHosts.StartAsync();
        var operatorKey = await host.OperatorKeyAsync();
        var (consumerId, key, subscriptionId) = await host.SubscribedConsumerAsync(operatorKey, TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using var admin = host.Client(operatorKey);
        using var client = host.Client(key);

        (await admin.PostAsJsonAsync($"/operator/consumers/{consumerId}/subscriptions/{subscriptionId}/suspend", new { reason = "unpaid invoice" })).EnsureSuccessStatusCode();
        await ProblemAssert.IsAsync(await client.PostAsJsonAsync("/zones/test/echo", new { text = "x" }), HttpStatusCode.Forbidden, "subscription-suspended");

        (await admin.PostAsJsonAsync($"/operator/consumers/{consumerId}/subscriptions/{subscriptionId}/resume", new { reason = "paid" })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/zones/test/echo", new { text = "x" })).StatusCode);
    }

    [Fact]
    public async Task Call_UnlistedProduct_Returns404ProductNotListed()
    {
        await using var host = await TestHosts.StartAsync();
        var operatorKey = await host.OperatorKeyAsync();
        var (_, key, _) = await host.SubscribedConsumerAsync(operatorKey, TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using var admin = host.Client(operatorKey);
        (await admin.PutAsJsonAsync($"/operator/catalog/products/{TestZone.EchoProduct}/listing", new { listed = false })).EnsureSuccessStatusCode();

        using var client = host.Client(key);
        await ProblemAssert.IsAsync(await client.PostAsJsonAsync("/zones/test/echo", new { text = "x" }), HttpStatusCode.NotFound, "product-not-listed");
    }

    [Fact]
    public async Task Call_ImportantGradeProduct_WaitsForOperatorApproval()
    {
        await using var host = await TestHosts.StartAsync();
        var operatorKey = await host.OperatorKeyAsync();
        var (consumerId, key) = await host.NewConsumerAsync(operatorKey);
        using var client = host.Client(key);
        var requested = await (await client.PostAsJsonAsync("/me/subscriptions", new { productId = TestZone.GuardedProduct, planId = "payg" }))
            .Content.ReadFromJsonAsync<Testing.MarketplaceTestHost.SubscriptionView>();
        Assert.Equal("requested", requested!.Status);
        await ProblemAssert.IsAsync(await client.PostAsJsonAsync("/zones/test/guarded", new { text = "x" }), HttpStatusCode.Forbidden, "no-subscription");

        using var admin = host.Client(operatorKey);
        (await admin.PostAsJsonAsync($"/operator/consumers/{consumerId}/subscriptions/{requested.Id}/approve", new { reason = "reviewed" })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/zones/test/guarded", new { text = "x" })).StatusCode);
    }

    [Fact]
    public async Task ZoneProblem_BadInput_Returns400AndIsNotBilled()
    {
        await using var host = await TestHosts.StartAsync();
        var (_, key, _) = await host.SubscribedConsumerAsync(await host.OperatorKeyAsync(), TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using var client = host.Client(key);

        await ProblemAssert.IsAsync(await client.PostAsJsonAsync("/zones/test/echo", new { text = "" }), HttpStatusCode.BadRequest, "validation-failed");

        Assert.Empty(await UsageProbe.TodayAsync(host));
    }
}
