using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Marketplace.Scheduling;
using DataZones.Testing;
using DataZones.Zones.Ocean.Registry;
using DataZones.Zones.Ocean.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Zones.Ocean.Tests.Exports;

public sealed class ExportSweepTests
{
    [Fact]
    public async Task Sweep_AfterTheLinkExpires_DeletesTheExport_AndNotBefore()
    {
        await using var host = await MarketplaceTestHost.StartAsync((services, config) => services.AddOceanZone(config), endpoints => endpoints.MapOceanZone(),
            new Dictionary<string, string?> { ["Ocean:ExportLinkHours"] = "2" });
        var stores = host.Services.GetRequiredService<OceanStores>();
        await TestDataset.CreateAsync(await stores.DatasetsAsync(), OceanStores.GroupPath(TestDataset.Id));
        await host.Services.GetRequiredService<DatasetRegistry>().RegisterAsync(TestDataset.Id, "Test sea", CancellationToken.None);
        var (consumerId, key, _) = await host.SubscribedConsumerAsync(await host.OperatorKeyAsync(), OceanProducts.ExportsProductId, OceanProducts.PayPerUsePlanId);
        using var client = host.Client(key);
        var response = await client.PostAsJsonAsync("/zones/ocean/exports", new Dictionary<string, string>
        {
            ["collection"] = TestDataset.Id, ["bbox"] = "120,35,120.6,35.6", ["datetime"] = "2025-01-01/2025-01-04",
            ["parameter-name"] = "sea_surface_temperature",
        });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var exportId = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["exportId"]!.GetValue<string>();
        var exports = new BlobZarrStore(await host.Services.GetRequiredService<OceanContainers>().ExportsAsync(consumerId));
        var sweep = host.Services.GetServices<IScheduledJob>().Single(j => j.FunctionName == "OceanExportSweep");

        host.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal("deleted 0 expired exports", await sweep.RunAsync(CancellationToken.None));
        Assert.NotEmpty(await exports.ListAsync(exportId + "/").ToListAsync());

        host.Clock.Advance(TimeSpan.FromHours(1.5));
        Assert.Equal("deleted 1 expired exports", await sweep.RunAsync(CancellationToken.None));
        Assert.Empty(await exports.ListAsync(exportId + "/").ToListAsync());
        Assert.Equal("deleted 0 expired exports", await sweep.RunAsync(CancellationToken.None));
    }
}
