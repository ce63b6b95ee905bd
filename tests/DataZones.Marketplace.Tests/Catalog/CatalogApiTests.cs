using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Marketplace.Tests.Hosting;

namespace DataZones.Marketplace.Tests.Catalog;

public sealed class CatalogApiTests
{
    [Fact]
    public async Task Catalog_Anonymous_ListsListedProductsWithOperationsAndPrices()
    {
        await using var host = await TestHosts.StartAsync();
        using var anonymous = host.Client();

        var catalog = JsonNode.Parse(await anonymous.GetStringAsync(new Uri("/catalog", UriKind.Relative)))!;

        var products = catalog["zones"]!.AsArray().Single(z => z!["id"]!.GetValue<string>() == "test")!["products"]!.AsArray();
        var echo = products.Single(p => p!["id"]!.GetValue<string>() == TestZone.EchoProduct)!;
        Assert.Equal("general", echo["grade"]!.GetValue<string>());
        Assert.Equal(2, echo["operations"]!.AsArray().Count);
        var payg = echo["plans"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == "payg")!;
        Assert.Equal("pay-per-use", payg["kind"]!.GetValue<string>());
        Assert.Equal(0.05m, payg["tiers"]![0]!["unitPrice"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task OverridePlans_Invalid_ReportsEveryViolation_Valid_TakesEffectFromTheNextMonth()
    {
        await using var host = await TestHosts.StartAsync();
        using var admin = host.Client(await host.OperatorKeyAsync());

        var invalid = await admin.PutAsJsonAsync($"/operator/catalog/products/{TestZone.EchoProduct}/plans", new object[]
        {
            new { id = "Bad Id", kind = "pay-per-use", tiers = new[] { new { upToUnits = (long?)null, unitPrice = -1m } } },
            new { id = "m", kind = "weekly" },
        });
        var problem = await ProblemAssert.IsAsync(invalid, HttpStatusCode.BadRequest, "validation-failed");
        Assert.True(problem["errors"]!.AsArray().Count >= 3);

        var valid = await admin.PutAsJsonAsync($"/operator/catalog/products/{TestZone.EchoProduct}/plans", new[]
        {
            new { id = "payg", kind = "pay-per-use", tiers = new object[] { new { upToUnits = 1000L, unitPrice = 0.08m }, new { upToUnits = (long?)null, unitPrice = 0.06m } } },
        });
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        var saved = JsonNode.Parse(await valid.Content.ReadAsStringAsync())!;
        Assert.Equal((1, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(8))), (saved["version"]!.GetValue<int>(), saved["effectiveFrom"]!.GetValue<DateTimeOffset>()));
        // Until December the month's prices stand: the change is announced, not applied.
        var now = JsonNode.Parse(await host.Client().GetStringAsync(new Uri("/catalog", UriKind.Relative)))!;
        var echo = now["zones"]!.AsArray().Single(z => z!["id"]!.GetValue<string>() == "test")!["products"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == TestZone.EchoProduct)!;
        Assert.Equal(0, echo["planVersion"]!.GetValue<int>());
        Assert.Contains("\"capped\"", echo["plans"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("0.08", echo["scheduledPlans"]!.ToJsonString(), StringComparison.Ordinal);

        host.Clock.Set(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(8)));
        var december = await host.Client().GetStringAsync(new Uri("/catalog", UriKind.Relative));
        Assert.Contains("0.08", december, StringComparison.Ordinal);
        Assert.DoesNotContain("\"capped\"", december, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterConsumer_WrongCheckCharacter_Returns400NamingTheRule()
    {
        await using var host = await TestHosts.StartAsync();
        using var admin = host.Client(await host.OperatorKeyAsync());
        var valid = DataZones.Marketplace.Identifiers.UnifiedSocialCreditCodeValidator.Complete("91370200MA3C8XQL0");
        var wrong = valid[..17] + (valid[17] == '0' ? '1' : '0');

        var response = await admin.PostAsJsonAsync("/operator/consumers", new { name = "Bank", kind = "bank", creditCode = wrong });

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "validation-failed");
        Assert.Equal("wrong-check-character", problem["errors"]![0]!["rule"]!.GetValue<string>());
        var badKind = await admin.PostAsJsonAsync("/operator/consumers", new { name = "Bank", kind = "casino", creditCode = valid });
        Assert.Equal("unknown-kind", (await ProblemAssert.IsAsync(badKind, HttpStatusCode.BadRequest, "validation-failed"))["errors"]![0]!["rule"]!.GetValue<string>());
    }
}
