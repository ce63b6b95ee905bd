using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Marketplace.Tests.Hosting;

namespace DataZones.Marketplace.Tests.Access;

public sealed class TenantIsolationTests
{
    [Fact]
    public async Task ConsumerA_WhateverIdsItTries_NeverReachesConsumerB()
    {
        await using var host = await TestHosts.StartAsync();
        var operatorKey = await host.OperatorKeyAsync();
        var (consumerA, keyA, _) = await host.SubscribedConsumerAsync(operatorKey, TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        var (consumerB, keyB, subscriptionB) = await host.SubscribedConsumerAsync(operatorKey, TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using var a = host.Client(keyA);
        using var b = host.Client(keyB);
        (await b.PostAsJsonAsync("/zones/test/echo", new { text = "b's call" })).EnsureSuccessStatusCode();
        using var admin = host.Client(operatorKey);
        (await admin.PostAsJsonAsync("/operator/usage/rollups", new { day = "2026-11-16" })).EnsureSuccessStatusCode();
        var keyIdB = JsonNode.Parse(await b.GetStringAsync(new Uri("/me/keys", UriKind.Relative)))!.AsArray()[0]!["keyId"]!.GetValue<string>();

        // Consumer routes read the consumer from the credential: B's data is not addressable from A.
        var usageA = await a.GetStringAsync(new Uri("/me/usage?from=2026-11-01&to=2026-11-30", UriKind.Relative));
        Assert.Equal("[]", usageA);
        Assert.DoesNotContain(subscriptionB, await a.GetStringAsync(new Uri("/me/subscriptions", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain(keyIdB, await a.GetStringAsync(new Uri("/me/keys", UriKind.Relative)), StringComparison.Ordinal);
        await ProblemAssert.IsAsync(await a.DeleteAsync(new Uri($"/me/keys/{keyIdB}", UriKind.Relative)), HttpStatusCode.NotFound, "not-found");
        await ProblemAssert.IsAsync(await a.DeleteAsync(new Uri($"/me/subscriptions/{subscriptionB}", UriKind.Relative)), HttpStatusCode.NotFound, "not-found");

        // Operator routes refuse a consumer credential, whatever id is in the path.
        foreach (var path in new[] { $"/operator/usage/consumers/{consumerB}?from=2026-11-01&to=2026-11-30", $"/operator/consumers/{consumerB}/keys", "/operator/consumers", "/operator/subscriptions" })
        {
            await ProblemAssert.IsAsync(await a.GetAsync(new Uri(path, UriKind.Relative)), HttpStatusCode.Forbidden, "forbidden");
        }

        // B's key still works: nothing A did touched it.
        Assert.Equal(HttpStatusCode.OK, (await b.PostAsJsonAsync("/zones/test/echo", new { text = "still mine" })).StatusCode);
        Assert.NotEqual(consumerA, consumerB);
    }
}
