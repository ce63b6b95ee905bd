using System.Globalization;

namespace DataZones.Bench.ColdStart;

/// <summary>
/// <c>scripts/bench coldstart [--runs N]</c>: process start → first 200 on <c>/health</c> and → first 200 of a paid
/// call (enterprise verification through the whole pipeline), for the app published as <c>scripts/package</c>
/// publishes it, against a bare Kestrel app published and started the same way, alternately, in the same run.
/// The script publishes both and passes their folders in <c>DATAZONES_BENCH_APP_DIR</c> and
/// <c>DATAZONES_BENCH_BARE_DIR</c>. One start of each is a warm-up (the files come into the page cache).
/// </summary>
public sealed class ColdStartBenchmark : IBenchmark
{
    public string Name => "coldstart";

    public string Description => "packaged app start → first 200 (/health, paid call) vs a bare Kestrel app, same run";

    public async Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var runs = context.IntArgument("runs", 9);
        var appDir = Folder("DATAZONES_BENCH_APP_DIR");
        var bareDir = Folder("DATAZONES_BENCH_BARE_DIR");
        var report = context.Report;
        var seed = await ColdStartSeed.CreateAsync(context.StorageConnectionString, cancellationToken);
        report.WriteLine($"{runs} starts of each (after one warm-up), alternating; Production, Azurite on loopback");

        var bare = new List<double>();
        var health = new List<double>();
        var paid = new List<double>();
        for (var run = -1; run < runs; run++)
        {
            var b = await ColdStartProcess.StartAsync(bareDir, "DataZones.Bench.BareApp", seed.Environment, null, cancellationToken);
            var a = await ColdStartProcess.StartAsync(appDir, "DataZones.Functions", seed.Environment, (seed.ApiKey, seed.PaidBody), cancellationToken);
            if (run < 0) continue;
            bare.Add(b.HealthMs);
            health.Add(a.HealthMs);
            paid.Add(a.PaidMs!.Value);
        }

        var bareMedian = Median(bare);
        report.WriteLine(Line("bare Kestrel app   first 200", bare));
        report.WriteLine(Line("DataZones /health  first 200", health));
        report.WriteLine(Line("DataZones paid call first 200", paid));
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratios to the bare app (medians): /health {Median(health) / bareMedian:F2}×, first paid 200 {Median(paid) / bareMedian:F2}×"));
        // On a shared machine the fastest start of each is the one least disturbed by others: a second view.
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratios to the bare app (fastest starts): /health {health.Min() / bare.Min():F2}×, first paid 200 {paid.Min() / bare.Min():F2}×"));
    }

    private static string Folder(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } folder && Directory.Exists(folder)
            ? folder
            : throw new InvalidOperationException($"{variable} is not a folder; run this benchmark with scripts/bench coldstart, which publishes the apps.");

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Line(string label, List<double> values) => string.Create(CultureInfo.InvariantCulture,
        $"  {label,-30} median {Median(values),6:F0} ms  (min {values.Min():F0}, max {values.Max():F0})");
}
