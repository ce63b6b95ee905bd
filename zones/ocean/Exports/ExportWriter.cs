using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Edr;
using DataZones.Zones.Ocean.Engine;
using DataZones.Zones.Ocean.Output.NetCdf;
using DataZones.Zones.Ocean.Zarr;

namespace DataZones.Zones.Ocean.Exports;

/// <summary>
/// Writes a planned selection as a dataset group: the engine reads one block of time steps at a time (the
/// dataset's time chunk, so each source chunk is fetched once per block), and <see cref="DatasetWriter"/> appends it.
/// </summary>
public sealed class ExportWriter(OceanQueryEngine engine, TimeProvider time)
{
    public async Task WriteAsync(IZarrStore store, string groupPath, OceanDataset dataset, QueryPlan plan, bool elevatedGrade, CancellationToken cancellationToken)
    {
        var definition = Definition(dataset.Descriptor, plan, WithheldCells.For(plan, elevatedGrade), time.GetUtcNow());
        var writer = await DatasetWriter.CreateAsync(store, groupPath, definition, cancellationToken).ConfigureAwait(false);
        try
        {
            var block = dataset.Variable(plan.Query.Parameters[0]).Metadata.Chunks[0];
            for (var start = 0; start < plan.Time.Count; start += block)
            {
                var steps = new IndexRange(plan.Time.Start + start, Math.Min(block, plan.Time.Count - start));
                using var result = await engine.ExecuteAsync(dataset, plan with { Time = steps }, elevatedGrade, cancellationToken).ConfigureAwait(false);
                var values = new ReadOnlyMemory<float>[plan.Query.Parameters.Count];
                for (var p = 0; p < values.Length; p++)
                {
                    values[p] = result.Values(p).ToArray();
                }
                await writer.AppendAsync(values, cancellationToken).ConfigureAwait(false);
            }
            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await writer.AbandonAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Writes the selection as one CF netCDF classic file — the same file <c>f=NetCDF</c> answers — read whole
    /// (bounded by <see cref="OceanOptions.ExportNetCdfValuesMax"/>) and uploaded in one piece, so a reader never
    /// sees part of it.
    /// </summary>
    public async Task WriteNetCdfAsync(BlobClient file, OceanDataset dataset, QueryPlan plan, bool elevatedGrade, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var result = await engine.ExecuteAsync(dataset, plan, elevatedGrade, cancellationToken).ConfigureAwait(false);
        var bytes = NetCdfWriter.Render(result);
        await file.UploadAsync(BinaryData.FromBytes(bytes), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = NetCdfWriter.MediaType } }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The subset's own definition: its coordinates, the selected depth level, no restricted areas (already masked) but what was withheld.</summary>
    private static DatasetDefinition Definition(DatasetDescriptor source, QueryPlan plan, WithheldCells? withheld, DateTimeOffset now) => new(
        source.Id + "-export",
        source.Title + " (export)",
        $"Subset of '{source.Id}': {plan.Time.Count} time steps, {plan.Latitude.Count} × {plan.Longitude.Count} cells. {source.Summary}",
        source.Time.Instants.Skip(plan.Time.Start).Take(plan.Time.Count).ToArray(),
        source.Latitude.Values.Skip(plan.Latitude.Start).Take(plan.Latitude.Count).ToArray(),
        source.Longitude.Values.Skip(plan.Longitude.Start).Take(plan.Longitude.Count).ToArray(),
        plan.DepthIndex is { } depth ? [source.Depth!.Values[depth]] : null,
        plan.Query.Parameters,
        [],
        DatasetChunking.Default,
        withheld is null ? null : new DatasetWithheld(withheld.Count, WithheldCells.Reason, withheld.Areas),
        (source.Provenance ?? new DatasetProvenance(null, null, null, null)).WithHistory(HistoryLine(source, plan, now)));

    /// <summary>The CF history line of an export: when, from what, and which part.</summary>
    private static string HistoryLine(DatasetDescriptor source, QueryPlan plan, DateTimeOffset now) =>
        $"{TimeAxis.Format(now)} exported by DataZones from '{source.Id}': {plan.Time.Count} time steps " +
        $"{TimeAxis.Format(source.Time.Instants[plan.Time.Start])} to {TimeAxis.Format(source.Time.Instants[plan.Time.End - 1])}, " +
        $"{plan.Latitude.Count} x {plan.Longitude.Count} cells, {string.Join(", ", plan.Query.Parameters.Select(p => p.Name))}";
}
