using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Transport.Ingestion;
using DataZones.Zones.Transport.Reference;
using DataZones.Zones.Transport.Storage;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Transport.Jobs;

/// <summary>
/// Loads a parsed file into the reference table in windows: a window is grouped by vehicle (one partition), a
/// repeated key collapses to the later line, and partitions are written with upsert transactions, several at once.
/// A window is written completely before the next starts, so a later line always wins. Bad lines never stop a load.
/// </summary>
public sealed class TransportIngestionLoader(TransportIngestionParser parser, TransportReferenceStore store, IOptions<TransportOptions> options)
{
    public async Task<TransportIngestion> LoadAsync(TransportIngestion job, Stream content, Func<TransportIngestion, Task> report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(report);
        var windowSize = Math.Max(1, options.Value.LoadWindowRecords);
        var window = new List<ITransportRecord>(windowSize);
        var problems = new List<IngestionProblem>();
        long linesRead = 0, loaded = 0, rejected = 0;
        TransportIngestion Progress() => job with { LinesRead = linesRead, Loaded = loaded, Rejected = rejected, Problems = problems.ToList() };

        foreach (var line in parser.Parse(job.Source, content, job.Format))
        {
            linesRead++;
            if (line.Record is { } record)
            {
                window.Add(record);
            }
            else
            {
                rejected++;
                problems.AddRange(line.Problems.Take(TransportIngestion.ProblemsStoredMaximum - problems.Count));
            }

            if (window.Count < windowSize) continue;
            await WriteAsync(window, cancellationToken);
            loaded += window.Count;
            window.Clear();
            await report(Progress());
        }

        await WriteAsync(window, cancellationToken);
        loaded += window.Count;
        return Progress();
    }

    private async Task WriteAsync(List<ITransportRecord> window, CancellationToken cancellationToken)
    {
        var partitions = window
            .GroupBy(r => (r is TrafficObservation ? "traffic|" : "vehicle|") + r.PartitionKey, StringComparer.Ordinal)
            .Select(p => (IReadOnlyList<ITransportRecord>)p.GroupBy(r => r.RowKey, StringComparer.Ordinal).Select(k => k.Last()).ToList())
            .ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.LoadParallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(partitions, parallel, async (records, token) => await store.UpsertPartitionAsync(records, token));
    }
}
