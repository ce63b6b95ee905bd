using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Medical.Ingestion;
using DataZones.Zones.Medical.Reference;
using DataZones.Zones.Medical.Research;
using DataZones.Zones.Medical.Storage;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Medical.Jobs;

/// <summary>
/// Loads a parsed file into the reference table in windows: a window is grouped by person (one partition), a
/// repeated key collapses to the later line, and partitions are written with upsert transactions, several at once,
/// each after the research index is brought in line with it. A window is written completely before the next starts, so a later line always wins. Bad lines never stop a load.
/// </summary>
public sealed class MedicalIngestionLoader(MedicalIngestionParser parser, MedicalReferenceStore store, ResearchIndexStore researchIndex, IOptions<MedicalOptions> options)
{
    public async Task<MedicalIngestion> LoadAsync(MedicalIngestion job, Stream content, Func<MedicalIngestion, Task> report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(report);
        var windowSize = Math.Max(1, options.Value.LoadWindowRecords);
        var window = new List<IMedicalRecord>(windowSize);
        var problems = new List<IngestionProblem>();
        long linesRead = 0, loaded = 0, rejected = 0;
        MedicalIngestion Progress() => job with { LinesRead = linesRead, Loaded = loaded, Rejected = rejected, Problems = problems.ToList() };

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
                problems.AddRange(line.Problems.Take(MedicalIngestion.ProblemsStoredMaximum - problems.Count));
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

    private async Task WriteAsync(List<IMedicalRecord> window, CancellationToken cancellationToken)
    {
        var partitions = window
            .GroupBy(r => r.PersonKey, StringComparer.Ordinal)
            .Select(p => (IReadOnlyList<IMedicalRecord>)p.GroupBy(r => r.RowKey, StringComparer.Ordinal).Select(k => k.Last()).ToList())
            .ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.LoadParallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(partitions, parallel, async (records, token) =>
        {
            // The research index first, from what the rows held before: a load retried after a failure anywhere
            // below recomputes the same index change.
            var replaced = records.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
            var previous = (await store.ReadRecordsAsync(records[0].PersonKey, token)).Where(r => replaced.Contains(r.RowKey)).ToList();
            await researchIndex.SyncAsync(previous, records, token);
            await store.UpsertPartitionAsync(records, token);
        });
    }
}
