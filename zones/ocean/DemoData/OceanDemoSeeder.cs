using System.Globalization;
using DataZones.Marketplace.Demo;
using DataZones.Zones.Ocean.Registry;
using DataZones.Zones.Ocean.Storage;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Ocean.DemoData;

/// <summary>
/// Development demo data: the Qingdao daily year written to the zone's blob container through the same
/// <see cref="Datasets.DatasetWriter"/> as ingestion, then registered, so the collection appears in
/// <c>GET /zones/ocean/collections</c>. Resolution from <see cref="OceanOptions.DemoResolutionDegrees"/> (coarse
/// 0.25° by default: a few seconds at start-up).
/// </summary>
public sealed class OceanDemoSeeder(OceanStores stores, DatasetRegistry registry, IOptions<OceanOptions> options) : IDemoDataSeeder
{
    public string Name => "ocean-qingdao";

    /// <summary>After the credentials (0): zone data comes at 100 and up.</summary>
    public int Order => 100;

    public async Task SeedAsync(IProgress<string> progress, CancellationToken cancellationToken)
    {
        var resolution = options.Value.DemoResolutionDegrees;
        var store = await stores.DatasetsAsync(cancellationToken).ConfigureAwait(false);
        var demo = new QingdaoDemoOptions(resolution);
        var definition = QingdaoDemoDataset.Definition(demo);
        var days = new Progress<int>(day =>
        {
            if (day % 60 == 0 || day == definition.Times.Count)
            {
                progress.Report(string.Create(CultureInfo.InvariantCulture, $"{QingdaoDemoDataset.Id}: {day}/{definition.Times.Count} days written"));
            }
        });
        await QingdaoDemoDataset.WriteAsync(store, OceanStores.GroupPath(QingdaoDemoDataset.Id), demo, days, cancellationToken).ConfigureAwait(false);
        await registry.RegisterAsync(QingdaoDemoDataset.Id, definition.Title, cancellationToken).ConfigureAwait(false);
        progress.Report(string.Create(CultureInfo.InvariantCulture,
            $"{QingdaoDemoDataset.Id}: published at {resolution}° ({definition.Latitudes.Count} × {definition.Longitudes.Count} cells, {definition.Times.Count} days)"));
    }
}
