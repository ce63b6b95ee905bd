using DataZones.Testing;

namespace DataZones.Bench.Faults;

/// <summary>
/// The fault suite: concurrent paid load (enterprise verification, 16 clients, no retries) on the app as its own
/// process, on an Azurite of its own that persists to disk, table and blob through a TCP relay; in each scenario a
/// fault mid-load, then the reconciliation of every 200's request id against the usage records. Scenarios: none
/// (the same-run baseline), storage frozen 10 s (SIGSTOP/SIGCONT of every Azurite process), connections reset every
/// 250 ms for 10 s (mid-transaction), storage slowed 10 s (+50 ms on every chunk relayed), the app process killed
/// (SIGKILL) and started again, and Azurite killed (SIGKILL, just after its next write to disk) and started again on
/// its data. Target: 0 lost, 0 duplicated, every 200 metered, recovery without restarting the app (except where the
/// app is what was killed). Fails when a scenario misses it. Options: --clients N (16), --fault-seconds N (10).
/// </summary>
public sealed class FaultsBenchmark : IBenchmark
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan RecoveryMax = TimeSpan.FromSeconds(60);

    public string Name => "faults";

    public string Description => "paid load through frozen, cut, slowed and killed storage and a killed app: lost, duplicated, recovery";

    public async Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var clients = context.IntArgument("clients", 16);
        var faultFor = TimeSpan.FromSeconds(context.IntArgument("fault-seconds", 10));
        var root = RepositoryRoot();
        var folder = Directory.CreateTempSubdirectory("datazones-faults.").FullName;
        var report = context.Report;
        try
        {
            await using var azurite = new DiskAzurite(root, Path.Combine(folder, "azurite"));
            await azurite.StartAsync(cancellationToken);
            await using var tableRelay = new TcpProxy(new Uri($"http://127.0.0.1:{azurite.Ports["table"]}"));
            await using var blobRelay = new TcpProxy(new Uri($"http://127.0.0.1:{azurite.Ports["blob"]}"));
            AppProcess? app = null;
            var scenarios = Scenarios(azurite, [tableRelay, blobRelay], () => app!, faultFor, cancellationToken);
            var seed = await FaultSeed.CreateAsync(azurite.ConnectionString(), azurite.ConnectionString(tableRelay.Port, blobRelay.Port), scenarios.Count, cancellationToken);
            await using var reader = seed.Reader;
            await using (app = new AppProcess(root, seed.Settings, Path.Combine(folder, "app.log")))
            {
                await app.StartAsync(cancellationToken);
                report.WriteLine($"faults: {clients} clients of paid enterprise verification against the {app.Describe()}; Azurite on disk, table and blob through a TCP relay; faults of {faultFor.TotalSeconds:0} s");
                report.WriteLine(FaultOutcome.Header);
                var outcomes = new List<FaultOutcome>();
                for (var i = 0; i < scenarios.Count; i++)
                {
                    var outcome = await RunScenarioAsync(scenarios[i], seed, i, app, clients, cancellationToken);
                    outcomes.Add(outcome);
                    report.WriteLine(outcome.Describe(outcomes[0].OkPerSecond));
                }
                report.WriteLine("  lost: 200s without a usage record; emu: 200s metered after Azurite's last write before its kill, whose records it forgot");
                report.WriteLine("  (the emulator's loss, counted apart); dup: records beyond one per request id; no-200: records of requests answered otherwise.");
                var missed = outcomes.Where(o => !o.Clean).Select(o => o.Name).ToList();
                report.WriteLine(missed.Count == 0 ? "  → 0 lost, 0 duplicated, every 200 metered, every scenario recovered" : "  → MISSED: " + string.Join("; ", missed));
                if (missed.Count > 0) throw new InvalidOperationException("The fault suite missed its target: " + string.Join("; ", missed));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<FaultScenario> Scenarios(DiskAzurite azurite, TcpProxy[] relays, Func<AppProcess> app, TimeSpan faultFor, CancellationToken cancellationToken) =>
    [
        new("baseline: no fault", async (_, ct) => { await Task.Delay(faultFor, ct); return null; }),
        new($"storage frozen {faultFor.TotalSeconds:0} s (SIGSTOP, SIGCONT)", async (_, ct) =>
        {
            azurite.Freeze();
            try { await Task.Delay(faultFor, ct); }
            finally { azurite.Thaw(); }
            return null;
        }),
        new("connections reset every 250 ms (mid-transaction)", async (_, ct) =>
        {
            for (var until = DateTime.UtcNow + faultFor; DateTime.UtcNow < until;)
            {
                foreach (var relay in relays) relay.DropConnections();
                await Task.Delay(250, ct);
            }
            return null;
        }),
        new("storage slowed (+50 ms every chunk relayed)", async (_, ct) =>
        {
            foreach (var relay in relays) relay.Latency = TimeSpan.FromMilliseconds(50);
            try { await Task.Delay(faultFor, ct); }
            finally { foreach (var relay in relays) relay.Latency = TimeSpan.Zero; }
            return null;
        }),
        new("app killed (SIGKILL) mid-load, started again", async (_, ct) =>
        {
            await app().KillAsync();
            await app().StartAsync(ct);
            return null;
        }),
        new("Azurite killed after its write to disk, restarted", async (load, ct) =>
        {
            // Azurite keeps its data in memory and writes it every few seconds: the kill comes just after a write,
            // so what it can forget is what was committed since that write's snapshot.
            var flushedAt = await azurite.WaitForTableFlushAsync(() => load.Now, ct);
            await azurite.KillAsync();
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
            await azurite.StartAsync(ct);
            return flushedAt;
        }),
    ];

    private static async Task<FaultOutcome> RunScenarioAsync(FaultScenario scenario, FaultSeed seed, int index, AppProcess app, int clients, CancellationToken cancellationToken)
    {
        var (consumerId, apiKey) = seed.Consumers[index];
        var load = new PaidLoad();
        load.Start(app.Address, apiKey, seed.Bodies, clients);
        await Task.Delay(Settle, cancellationToken);
        var flushedAt = await scenario.InjectAsync(load, cancellationToken);
        var faultEnd = load.Now;
        PaidLoad.Answer? first = null;
        while (first is null && load.Now - faultEnd < RecoveryMax)
        {
            await Task.Delay(20, cancellationToken);
            first = load.FirstOkSentAfter(faultEnd);
        }
        await Task.Delay(Settle, cancellationToken);
        await load.StopAsync();

        var answers = load.Answers.ToList();
        var records = await UsageCount.ByRequestIdAsync(seed.Reader.Services, consumerId, cancellationToken);
        var ok = answers.Where(a => a.Status == 200).ToList();
        var okIds = ok.Select(a => a.RequestId!).ToHashSet(StringComparer.Ordinal);
        var unmetered = ok.Where(a => !records.ContainsKey(a.RequestId!)).ToList();
        var forgotten = flushedAt is { } flush ? unmetered.Count(a => a.AnsweredAt > flush) : 0;
        var elapsed = answers.Count == 0 ? 1 : answers.Max(a => a.AnsweredAt).TotalSeconds;
        return new FaultOutcome(scenario.Name, answers.Count, ok.Count, answers.Count(a => a.Status == 503), answers.Count(a => a.Status == 0),
            answers.Count(a => a.Status is not (0 or 200 or 503)), records.Values.Sum(), unmetered.Count - forgotten, forgotten,
            records.Values.Sum(c => c - 1), records.Keys.Count(id => !okIds.Contains(id)), first is null ? null : first.AnsweredAt - faultEnd, ok.Count / elapsed,
            answers.Count == 0 ? TimeSpan.Zero : answers.Max(a => a.AnsweredAt - a.SentAt),
            string.Join(", ", answers.Where(a => a.Status is not (0 or 200 or 503)).GroupBy(a => a.Status).Select(g => $"{g.Count()}× {g.Key}")));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DataZones.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No DataZones.sln above {AppContext.BaseDirectory}.");
    }
}
