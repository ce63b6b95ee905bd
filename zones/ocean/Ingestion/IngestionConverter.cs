using Azure;
using Azure.Storage.Blobs.Models;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Registry;
using DataZones.Zones.Ocean.Storage;

namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>
/// Converts a staged upload into a published dataset group: reads each file a block of time steps at a time (one
/// time chunk, by range request, so memory stays at one block per parameter), checks the values, appends them
/// through <see cref="DatasetWriter"/>, writes <c>.zmetadata</c> last and registers the dataset. Bad values
/// abandon the group, so nothing half-written is ever visible.
/// </summary>
public sealed class IngestionConverter(OceanContainers containers, OceanStores stores, DatasetRegistry registry)
{
    /// <param name="work">The staged upload.</param>
    /// <param name="onProgress">Called with the time steps written after each block.</param>
    /// <param name="cancellationToken">Stops the conversion (the group is then abandoned).</param>
    /// <returns>Null when published; otherwise why the values were rejected.</returns>
    public async Task<FieldError?> ConvertAsync(IngestionWork work, Func<int, Task> onProgress, CancellationToken cancellationToken)
    {
        var plan = work.Plan;
        var definition = plan.Definition;
        var container = await containers.DataAsync(cancellationToken).ConfigureAwait(false);
        var store = await stores.DatasetsAsync(cancellationToken).ConfigureAwait(false);
        var writer = await DatasetWriter.CreateAsync(store, OceanStores.GroupPath(definition.Id), definition, cancellationToken).ConfigureAwait(false);
        try
        {
            var block = Math.Min(definition.Chunking.TimeSteps, definition.Times.Count);
            var buffers = plan.Files.Select(_ => new float[block * definition.ValuesPerTimeStep]).ToArray();
            var raw = new byte[block * plan.BytesPerTimeStep];
            for (var start = 0; start < definition.Times.Count; start += block)
            {
                var steps = Math.Min(block, definition.Times.Count - start);
                var values = new ReadOnlyMemory<float>[buffers.Length];
                for (var p = 0; p < buffers.Length; p++)
                {
                    values[p] = buffers[p].AsMemory(0, steps * definition.ValuesPerTimeStep);
                    var range = new HttpRange((long)start * plan.BytesPerTimeStep, (long)steps * plan.BytesPerTimeStep);
                    var bytes = steps * plan.BytesPerTimeStep;
                    using (var download = (await container.GetBlobClient(StagedPath(work, p)).DownloadStreamingAsync(new BlobDownloadOptions { Range = range }, cancellationToken).ConfigureAwait(false)).Value)
                    {
                        await download.Content.ReadExactlyAsync(raw.AsMemory(0, bytes), cancellationToken).ConfigureAwait(false);
                    }
                    // Little-endian <f4 on a little-endian host: one block copy, no per-value conversion.
                    Buffer.BlockCopy(raw, 0, buffers[p], 0, bytes);
                    if (FirstInfinite(values[p].Span) is { } index)
                    {
                        await writer.AbandonAsync(CancellationToken.None).ConfigureAwait(false);
                        var t = start + index / definition.ValuesPerTimeStep;
                        return new FieldError(plan.Files[p], IngestionProblemCodes.InfiniteValue,
                            $"'{plan.Files[p]}' holds an infinite value at time step {t} (cell {index % definition.ValuesPerTimeStep}); use NaN for no value.");
                    }
                }
                await writer.AppendAsync(values, cancellationToken).ConfigureAwait(false);
                await onProgress(start + steps).ConfigureAwait(false);
            }
            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await writer.AbandonAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        await registry.RegisterAsync(definition.Id, definition.Title, cancellationToken).ConfigureAwait(false);
        return null;
    }

    private static string StagedPath(IngestionWork work, int parameter) => StagedIngestion.PrefixOf(work.JobId) + work.Plan.Files[parameter];

    private static int? FirstInfinite(ReadOnlySpan<float> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (float.IsInfinity(values[i]))
            {
                return i;
            }
        }
        return null;
    }
}
