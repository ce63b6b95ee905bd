using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using DataZones.Bench.Hosting;
using DataZones.Marketplace.Jobs;
using DataZones.Zones.Ocean;
using DataZones.Zones.Ocean.Ingestion;
using DataZones.Zones.Ocean.Storage;

namespace DataZones.Bench;

/// <summary>
/// <c>scripts/bench ocean-ingestion [--days 365] [--cells 200] [--pairs 4]</c>: converting an uploaded dataset (days ×
/// cells × cells, two parameters) into Zarr, as values per second, two ways in alternating pairs on equal work:
/// the converter called directly (then the staged files removed, as the job does), and the same conversion submitted to the platform's job queue and run by the
/// local poller (record, message, claim, progress, outcome). Each side converts its own fresh copy of the same
/// staged files (staging itself is the same for both and not timed). Beside the ratio it prints the queue's own
/// part of the queued time: from the submission to the start of its delivery.
/// </summary>
public sealed class OceanIngestionBenchmark : IBenchmark
{
    public string Name => "ocean-ingestion";

    public string Description => "ocean ingestion: conversion through the job queue vs the converter called directly, values/s";

    public async Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var days = context.IntArgument("days", 365);
        var cells = context.IntArgument("cells", 200);
        var pairs = context.IntArgument("pairs", 4);
        var report = context.Report;
        await using var app = await BenchApp.StartAsync(context.StorageConnectionString, (services, configuration) => services.AddOceanZone(configuration), e => e.MapOceanZone());
        var services = app.Services;
        var files = new[] { Values(days, cells, 0), Values(days, cells, 1) };
        var values = (long)days * cells * cells * files.Length;
        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dataset: {days} days × {cells} × {cells} cells × 2 parameters = {values:N0} values ({values * 4 / 1e6:F1} MB raw)"));

        await ConvertDirectlyAsync(services, days, cells, files, cancellationToken); // untimed: JIT and the containers
        var ratios = new List<double>();
        var queueParts = new List<TimeSpan>();
        var extra = new List<double>();
        for (var pair = 0; pair < pairs; pair++)
        {
            var direct = await ConvertDirectlyAsync(services, days, cells, files, cancellationToken);
            var (queued, overhead) = await ConvertQueuedAsync(services, days, cells, files, cancellationToken);
            var directRate = values / direct.TotalSeconds;
            var queuedRate = values / queued.TotalSeconds;
            ratios.Add(queuedRate / directRate);
            queueParts.Add(overhead);
            extra.Add((queued - direct).TotalMilliseconds);
            report.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pair {pair + 1}: converter directly {directRate / 1e6:F2} M values/s ({direct.TotalMilliseconds:F0} ms); through the job queue {queuedRate / 1e6:F2} M values/s ({queued.TotalMilliseconds:F0} ms, of which the queue {overhead.TotalMilliseconds:F0} ms)  {queuedRate / directRate:F2}x"));
        }
        ratios.Sort();
        extra.Sort();
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ocean ingestion through the job queue: median {Median(ratios):F2}x, mean {ratios.Average():F2}x of the direct conversion (target ≥ 0.90); median extra time {Median(extra):F0} ms a job, of which submission to delivery {queueParts.Average(t => t.TotalMilliseconds):F0} ms on average"));
    }

    private static double Median(List<double> sorted) => sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    private static async Task<TimeSpan> ConvertDirectlyAsync(IServiceProvider services, int days, int cells, float[][] files, CancellationToken cancellationToken)
    {
        var staged = await StageAsync(services, days, cells, files, cancellationToken);
        var converter = services.GetRequiredService<IngestionConverter>();
        var watch = Stopwatch.StartNew();
        var rejected = await converter.ConvertAsync(new IngestionWork(staged.JobId, staged.Plan), _ => Task.CompletedTask, cancellationToken);
        // The job removes the staged files before it ends, so the direct side does too: the same work.
        var container = await services.GetRequiredService<OceanContainers>().DataAsync(cancellationToken);
        await new BlobZarrStore(container).DeletePrefixAsync(StagedIngestion.PrefixOf(staged.JobId), cancellationToken);
        watch.Stop();
        return rejected is null ? watch.Elapsed : throw new InvalidOperationException($"The conversion was rejected: {rejected.Message}");
    }

    private static async Task<(TimeSpan Elapsed, TimeSpan Queue)> ConvertQueuedAsync(IServiceProvider services, int days, int cells, float[][] files, CancellationToken cancellationToken)
    {
        var staged = await StageAsync(services, days, cells, files, cancellationToken);
        var ingestion = services.GetRequiredService<IngestionService>();
        var records = services.GetRequiredService<JobStore>();
        var watch = Stopwatch.StartNew();
        var submittedAt = DateTimeOffset.UtcNow;
        var (job, problems) = await ingestion.SubmitAsync(staged, "bench", cancellationToken);
        if (job is null) throw new InvalidOperationException($"The conversion was not queued: {string.Join("; ", problems.Select(p => p.Message))}");
        JobRecord? record = null;
        while (record?.IsFinished != true)
        {
            await Task.Delay(20, cancellationToken);
            record = (await records.FindAsync(OceanIngestionJob.JobKind, job.Id, cancellationToken))?.Record;
            if (watch.Elapsed > TimeSpan.FromMinutes(10)) throw new TimeoutException("The queued conversion did not finish.");
        }
        watch.Stop();
        if (record.State != JobState.Succeeded) throw new InvalidOperationException($"The queued conversion ended {record.State}: {record.FailureReason}");
        // The delivery's start is stamped by the system clock, as the submission here.
        return (watch.Elapsed, record.StartedAt!.Value - submittedAt);
    }

    private static async Task<StagedIngestion> StageAsync(IServiceProvider services, int days, int cells, float[][] files, CancellationToken cancellationToken)
    {
        var ingestion = services.GetRequiredService<IngestionService>();
        var header = new JsonObject
        {
            ["id"] = "bench-" + Guid.NewGuid().ToString("N")[..12],
            ["title"] = "Benchmark sea",
            ["times"] = new JsonObject { ["start"] = "2025-01-01T00:00:00Z", ["stepHours"] = 24, ["count"] = days },
            ["latitudes"] = new JsonObject { ["start"] = 35.0, ["step"] = 0.01, ["count"] = cells },
            ["longitudes"] = new JsonObject { ["start"] = 120.0, ["step"] = 0.01, ["count"] = cells },
            ["parameters"] = new JsonArray(
                new JsonObject { ["name"] = "sea_surface_temperature", ["file"] = "sst.f32" },
                new JsonObject { ["name"] = "sea_water_salinity", ["file"] = "sss.f32" }),
        };
        var begun = await ingestion.BeginAsync(System.Text.Encoding.UTF8.GetBytes(header.ToJsonString()), cancellationToken);
        var staged = begun.Staged ?? throw new InvalidOperationException(string.Join("; ", begun.Problems.Select(p => p.Message)));
        string[] names = ["sst.f32", "sss.f32"];
        for (var p = 0; p < files.Length; p++)
        {
            var problems = await ingestion.StageFileAsync(staged, names[p], new MemoryStream(MemoryMarshal.AsBytes(files[p].AsSpan()).ToArray()), cancellationToken);
            if (problems.Count > 0) throw new InvalidOperationException(string.Join("; ", problems.Select(e => e.Message)));
        }
        return staged;
    }

    // Smooth fields quantised to a hundredth, as gridded products are: they compress as real data does.
    private static float[] Values(int days, int cells, int parameter)
    {
        var values = new float[days * cells * cells];
        for (var t = 0; t < days; t++)
        for (var y = 0; y < cells; y++)
        for (var x = 0; x < cells; x++)
        {
            var v = (parameter == 0 ? 15 : 31) + 8 * Math.Sin(t * 2 * Math.PI / 365) + Math.Cos(y * 0.07) + Math.Sin(x * 0.05);
            values[(t * cells + y) * cells + x] = (float)Math.Round(v, 2);
        }
        return values;
    }
}
