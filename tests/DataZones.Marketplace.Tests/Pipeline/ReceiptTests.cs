using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using DataZones.Marketplace.Tests.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DataZones.Marketplace.Tests.Pipeline;

public sealed class ReceiptTests
{
    [Fact]
    public async Task ConcurrentCalls_Each200HasExactlyOneUsageRecordAndAVerifiableReceipt()
    {
        await using var host = await TestHosts.StartAsync(new Dictionary<string, string?> { ["Metering:ShardCount"] = "4" });
        var (consumerId, key, subscriptionId) = await host.SubscribedConsumerAsync(await host.OperatorKeyAsync(), TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using var client = host.Client(key);
        var jwks = await client.GetStringAsync(new Uri("/.well-known/jwks.json", UriKind.Relative));
        var signingKey = new JsonWebKeySet(jwks).Keys.Single();

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => client.PostAsJsonAsync("/zones/test/echo", new { text = $"call {i}" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var records = (await UsageProbe.TodayAsync(host)).ToDictionary(r => r.Record.RequestId, r => r.Record);
        Assert.Equal(responses.Length, records.Count);
        foreach (var response in responses)
        {
            var requestId = Assert.Single(response.Headers.GetValues("X-Request-Id"));
            var record = records[requestId];
            var body = await response.Content.ReadAsByteArrayAsync();
            var result = await new JsonWebTokenHandler().ValidateTokenAsync(Assert.Single(response.Headers.GetValues("X-Receipt")), new TokenValidationParameters
            {
                IssuerSigningKey = signingKey,
                ValidateIssuer = false,
                ValidateAudience = false,
                ValidateLifetime = false,
                RequireExpirationTime = false,
            });
            Assert.True(result.IsValid, result.Exception?.Message);
            var receipt = (JsonWebToken)result.SecurityToken;
            Assert.Equal(requestId, receipt.GetPayloadValue<string>("rid"));
            Assert.Equal(consumerId, receipt.GetPayloadValue<string>("sub"));
            Assert.Equal(TestZone.EchoProduct, receipt.GetPayloadValue<string>("prd"));
            Assert.Equal("0.05", receipt.GetPayloadValue<string>("amt"));
            Assert.Equal(Base64Url.EncodeToString(SHA256.HashData(body)), receipt.GetPayloadValue<string>("rsh"));
            Assert.Equal(record.ResponseHash, receipt.GetPayloadValue<string>("rsh"));
            Assert.Equal(subscriptionId, record.SubscriptionId);
        }
    }

    [Fact]
    public async Task Receipt_TamperedPayload_DoesNotVerify()
    {
        await using var host = await TestHosts.StartAsync();
        var (_, key, _) = await host.SubscribedConsumerAsync(await host.OperatorKeyAsync(), TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using var client = host.Client(key);
        var signingKey = new JsonWebKeySet(await client.GetStringAsync(new Uri("/.well-known/jwks.json", UriKind.Relative))).Keys.Single();
        var response = await client.PostAsJsonAsync("/zones/test/echo", new { text = "x" });
        var parts = Assert.Single(response.Headers.GetValues("X-Receipt")).Split('.');
        var forgedPayload = Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes("{\"rid\":\"x\",\"amt\":\"0.00\"}"));

        var result = await new JsonWebTokenHandler().ValidateTokenAsync($"{parts[0]}.{forgedPayload}.{parts[2]}", new TokenValidationParameters
        {
            IssuerSigningKey = signingKey,
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });

        Assert.False(result.IsValid);
    }
}
