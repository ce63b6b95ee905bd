using DataZones.Marketplace.Scheduling;
using DataZones.Zones.Ocean.Storage;

namespace DataZones.Zones.Ocean.Exports;

/// <summary>
/// Hourly, twenty past: deletes the exports whose read link has expired, so an export's data lives no longer than
/// its link (plus at most an hour). Idempotent: an export already deleted is simply removed from the registry.
/// </summary>
public sealed class ExportSweepJob(ExportRegistry registry, ExportLinks links, OceanContainers containers, TimeProvider time) : IScheduledJob
{
    /// <summary>Exports handled per run at most; a backlog is worked off over the following runs.</summary>
    public const int ExportsPerRunMax = 1_000;

    public string FunctionName => "OceanExportSweep";

    public string Schedule => "0 20 * * * *";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var expired = await registry.ExpiredAsync(time.GetUtcNow(), ExportsPerRunMax, cancellationToken);
        foreach (var export in expired)
        {
            var container = await containers.ExportsAsync(export.ConsumerId, cancellationToken);
            await new BlobZarrStore(container).DeletePrefixAsync(export.ExportId + "/", cancellationToken);
            await links.RemoveAsync(export.ConsumerId, export.ExportId, cancellationToken);
            await registry.RemoveAsync(export, cancellationToken);
        }
        return $"deleted {expired.Count} expired exports";
    }
}
