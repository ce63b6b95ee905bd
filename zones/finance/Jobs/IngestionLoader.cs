using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Storage;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Finance.Jobs;

/// <summary>
/// Loads a parsed file into the reference table. Records are taken in windows; a window is grouped by partition
/// (one enterprise), duplicate keys collapse to the later line, and each partition is written with upsert-replace
/// transactions (≤ 100 rows each), several partitions at once. A window is written completely before the next
/// starts, so a later line always wins over an earlier one with the same key, and re-running a file writes the
/// same rows again: nothing changes. Bad lines are counted and reported; they never stop the load.
/// </summary>
public sealed class IngestionLoader(FinanceIngestionParser parser, FinanceReferenceStore store, IOptions<FinanceOptions> options)
{
    /// <summary>
    /// Loads <paramref name="content"/> and returns the final counts; <paramref name="report"/> is called after each
    /// window with the counts so far (the job saves them and logs a line).
    /// </summary>
    public async Task<LoadProgress> LoadAsync(
        FinanceSource source, IngestionFormat format, Stream content, Func<LoadProgress, Task> report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var windowSize = Math.Max(1, options.Value.LoadWindowRecords);
        var window = new List<IFinanceReferenceRecord>(windowSize);
        var problems = new List<IngestionProblem>();
        long linesRead = 0, loaded = 0, rejected = 0;
        LoadProgress Progress() => new(linesRead, loaded, rejected, problems.ToList());

        // The parser reads the stream synchronously; this runs on the loader's own background task.
        foreach (var line in parser.Parse(source, content, format))
        {
            linesRead++;
            if (line.Record is { } record)
            {
                window.Add(record);
            }
            else
            {
                rejected++;
                problems.AddRange(line.Problems.Take(IngestionJob.ProblemsStoredMaximum - problems.Count));
            }

            if (window.Count >= windowSize)
            {
                await WriteAsync(window, cancellationToken);
                loaded += window.Count;
                window.Clear();
                await report(Progress());
            }
        }

        await WriteAsync(window, cancellationToken);
        loaded += window.Count;
        return Progress();
    }

    private async Task WriteAsync(List<IFinanceReferenceRecord> window, CancellationToken cancellationToken)
    {
        var partitions = window
            .GroupBy(r => r.CreditCode, StringComparer.Ordinal)
            .Select(p => (IReadOnlyList<IFinanceReferenceRecord>)p.GroupBy(r => r.RowKey, StringComparer.Ordinal).Select(k => k.Last()).ToList())
            .ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.LoadParallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(partitions, parallel, async (records, token) => await store.UpsertPartitionAsync(records, token));
    }
}
