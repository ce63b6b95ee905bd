using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Testing;
using DataZones.Zones.Ocean.Registry;
using DataZones.Zones.Ocean.Storage;
using Microsoft.Extensions.DependencyInjection;
using static DataZones.Zones.Ocean.Tests.Api.OceanHttp;

namespace DataZones.Zones.Ocean.Tests.Clients;

/// <summary>
/// The app on a real port with the test sea, for clients that run outside this process (Debian's python3-xarray,
/// python3-zarr 2.13 and python3-fsspec, which <c>scripts/test</c> installs).
/// </summary>
public sealed class OceanOnPortFixture : IAsyncLifetime
{
    public MarketplaceTestHost Host { get; private set; } = null!;

    public string OperatorKey { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await MarketplaceTestHost.StartAsync((services, config) => services.AddOceanZone(config), endpoints => endpoints.MapOceanZone(), onPort: true);
        // Blob links are checked by the storage service against its own clock, so the app's must agree.
        Host.Clock.Set(DateTimeOffset.UtcNow);
        OperatorKey = await Host.OperatorKeyAsync();
        var stores = Host.Services.GetRequiredService<OceanStores>();
        await TestDataset.CreateAsync(await stores.DatasetsAsync(), OceanStores.GroupPath(TestDataset.Id));
        await Host.Services.GetRequiredService<DatasetRegistry>().RegisterAsync(TestDataset.Id, "Test sea", CancellationToken.None);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>An export opened the way a researcher opens it: <c>xarray.open_zarr(zarrLink)</c>, nothing else.</summary>
public sealed class XarrayExportTests(OceanOnPortFixture fixture) : IClassFixture<OceanOnPortFixture>
{
    private const string Selection = "bbox=120,35,121.3,35.6&datetime=2025-01-01/2025-01-03&parameter-name=sea_surface_temperature";

    [Fact]
    public async Task ZarrLink_AsReturned_OpensInXarray_WithTheSameValuesAsTheCsvAnswer_AndSaysWhatIsWithheld()
    {
        var (_, exportKey, _) = await fixture.Host.SubscribedConsumerAsync(fixture.OperatorKey, OceanProducts.ExportsProductId, OceanProducts.PayPerUsePlanId);
        var (_, queryKey, _) = await fixture.Host.SubscribedConsumerAsync(fixture.OperatorKey, OceanProducts.QueriesProductId, OceanProducts.PayPerUsePlanId);
        using var exporter = fixture.Host.Client(exportKey);
        using var querier = fixture.Host.Client(queryKey);
        var receipt = await JsonAsync(await exporter.PostAsJsonAsync("/zones/ocean/exports", new Dictionary<string, string>
        {
            ["collection"] = TestDataset.Id, ["bbox"] = "120,35,121.3,35.6", ["datetime"] = "2025-01-01/2025-01-03",
            ["parameter-name"] = "sea_surface_temperature",
        }));
        var csv = await (await querier.GetAsync($"{TestSea}/cube?{Selection}&f=CSV")).EnsureSuccessStatusCode().Content.ReadAsStringAsync();

        var opened = await OpenWithXarrayAsync(receipt["zarrLink"]!.GetValue<string>(), "sea_surface_temperature");

        Assert.Equal(["time", "latitude", "longitude"], opened["dims"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("degC", opened["variableAttrs"]!["units"]!.GetValue<string>());
        Assert.Equal(2, opened["attrs"]!["withheld_cells"]!.GetValue<int>());
        // CF provenance: the dataset's own, and the export's history line after the dataset's.
        var attrs = opened["attrs"]!;
        Assert.Equal("CF-1.8, ACDD-1.3", attrs["Conventions"]!.GetValue<string>());
        Assert.Equal(["Test institute", "Values that encode their indices", "CC0-1.0"],
            new[] { "institution", "source", "license" }.Select(a => attrs[a]!.GetValue<string>()));
        var history = attrs["history"]!.GetValue<string>().Split('\n');
        Assert.Equal("2025-02-01T00:00:00Z created for tests", history[0]);
        Assert.Contains($"exported by DataZones from '{TestDataset.Id}': 3 time steps 2025-01-01T00:00:00Z to 2025-01-03T00:00:00Z", history[1]);
        Assert.Equal("sea_surface_temperature", opened["variableAttrs"]!["standard_name"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(opened["variableAttrs"]!["long_name"]!.GetValue<string>()));
        // Row-major (time, latitude, longitude), as the CSV rows come.
        var rows = csv.TrimEnd('\n').Split('\n').Skip(1).Select(r => r.Split(',')).ToList();
        var fromCsv = rows.Select(r => r[3].Length == 0 ? (double?)null : double.Parse(r[3], CultureInfo.InvariantCulture)).ToList();
        var fromXarray = opened["values"]!.AsArray().Select(v => v?.GetValue<double>()).ToList();
        Assert.Equal(fromCsv.Count, fromXarray.Count);
        for (var i = 0; i < fromCsv.Count; i++)
        {
            Assert.True(fromCsv[i] is null ? fromXarray[i] is null : fromXarray[i] is { } x && Math.Abs(x - fromCsv[i]!.Value) < 1e-6,
                $"value {i}: CSV {fromCsv[i]}, xarray {fromXarray[i]}");
        }
        Assert.Equal(rows.Select(r => r[0]).Distinct(), opened["time"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    private static Task<JsonNode> OpenWithXarrayAsync(string link, string variable) => PythonClients.RunAsync("open_export.py", link, variable);
}
