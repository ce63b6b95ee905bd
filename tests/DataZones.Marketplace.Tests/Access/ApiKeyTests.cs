using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Marketplace.Tests.Hosting;

namespace DataZones.Marketplace.Tests.Access;

public sealed class ApiKeyTests
{
    [Fact]
    public async Task Rotation_TwoActiveKeysAtMost_RevokedKeyStopsWorking()
    {
        await using var host = await TestHosts.StartAsync();
        var (_, oldKey, _) = await host.SubscribedConsumerAsync(await host.OperatorKeyAsync(), TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using var withOld = host.Client(oldKey);

        var created = JsonNode.Parse(await (await withOld.PostAsync(new Uri("/me/keys", UriKind.Relative), null)).EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
        var newKey = created["key"]!.GetValue<string>();
        await ProblemAssert.IsAsync(await withOld.PostAsync(new Uri("/me/keys", UriKind.Relative), null), HttpStatusCode.Conflict, "conflict");

        using var withNew = host.Client(newKey);
        var keys = JsonNode.Parse(await withNew.GetStringAsync(new Uri("/me/keys", UriKind.Relative)))!.AsArray();
        Assert.Equal(2, keys.Count);
        Assert.All(keys, k => Assert.Null(k!["key"])); // listings never show a key
        var oldKeyId = keys.Single(k => k!["keyId"]!.GetValue<string>() != created["details"]!["keyId"]!.GetValue<string>())!["keyId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.NoContent, (await withNew.DeleteAsync(new Uri($"/me/keys/{oldKeyId}", UriKind.Relative))).StatusCode);

        await ProblemAssert.IsAsync(await withOld.PostAsJsonAsync("/zones/test/echo", new { text = "x" }), HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Equal(HttpStatusCode.OK, (await withNew.PostAsJsonAsync("/zones/test/echo", new { text = "x" })).StatusCode);
    }

    [Fact]
    public async Task Keys_NeverAppearInLogs()
    {
        await using var host = await TestHosts.StartAsync();
        var operatorKey = await host.OperatorKeyAsync();
        var (_, key, _) = await host.SubscribedConsumerAsync(operatorKey, TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using var client = host.Client(key);
        (await client.PostAsJsonAsync("/zones/test/echo", new { text = "x" })).EnsureSuccessStatusCode();
        var forged = key[..^4] + "AAAA"; // right shape, wrong secret
        using var forgedClient = host.Client(forged);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forgedClient.PostAsJsonAsync("/zones/test/echo", new { text = "x" })).StatusCode);

        Assert.NotEmpty(host.Logs.Lines);
        foreach (var secret in new[] { key, operatorKey, forged, key.Split('.')[3], operatorKey.Split('.')[3] })
        {
            Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ConsumerKey_CannotCallOperatorRoutes_StaffKeyCan()
    {
        await using var host = await TestHosts.StartAsync();
        var operatorKey = await host.OperatorKeyAsync();
        using var admin = host.Client(operatorKey);
        var staff = JsonNode.Parse(await (await admin.PostAsJsonAsync("/operator/staff-keys", new { ownerId = "holderqd01", roles = new[] { "DataHolder" } }))
            .EnsureSuccessStatusCode().Content.ReadAsStringAsync())!["key"]!.GetValue<string>();
        using var holder = host.Client(staff);

        await ProblemAssert.IsAsync(await holder.GetAsync(new Uri("/operator/consumers", UriKind.Relative)), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsAsync(await holder.PostAsJsonAsync("/zones/test/echo", new { text = "x" }), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsAsync(await admin.PostAsJsonAsync("/operator/staff-keys", new { ownerId = "x/y", roles = new[] { "Root" } }), HttpStatusCode.BadRequest, "validation-failed");
    }
}
