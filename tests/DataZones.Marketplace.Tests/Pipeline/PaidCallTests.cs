using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Marketplace.Tests.Hosting;

namespace DataZones.Marketplace.Tests.Pipeline;

public sealed class PaidCallTests
{
    [Fact]
    public async Task Echo_SubscribedConsumer_Returns200WithChargeHeadersAndReceipt()
    {
        await using var host = await TestHosts.StartAsync();
        var operatorKey = await host.OperatorKeyAsync();
        var (_, key, _) = await host.SubscribedConsumerAsync(operatorKey, TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using var client = host.Client(key);

        var response = await client.PostAsJsonAsync("/zones/test/echo", new { text = "hello" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("hello", body["echo"]!.GetValue<string>());
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("X-Units-Charged")));
        Assert.Equal("0.05", Assert.Single(response.Headers.GetValues("X-Amount-Charged")));
        Assert.Equal(3, Assert.Single(response.Headers.GetValues("X-Receipt")).Split('.').Length);
    }
}
