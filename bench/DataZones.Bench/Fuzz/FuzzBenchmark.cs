using System.Diagnostics;
using System.Text.Json.Nodes;
using DataZones.Testing.Fuzz;

namespace DataZones.Bench.Fuzz;

/// <summary>
/// The long fuzz run (the suite runs a bounded one): at least <c>--requests N</c> (default 20,000) requests generated
/// from the live OpenAPI document — every operation, as the operator, a subscribed consumer, a data holder and
/// nobody, valid and invalid inputs — each answer checked against the document. Prints the counts and fails on any
/// breach or any Error logged. <c>--seed N</c> replays a run.
/// </summary>
public sealed class FuzzBenchmark : IBenchmark
{
    private const int Concurrency = 16;

    public string Name => "fuzz";

    public string Description => "≥ 20,000 requests generated from the OpenAPI document; 0 5xx, problems, documented statuses, valid bodies";

    public async Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var requested = context.IntArgument("requests", 20_000);
        var seed = context.IntArgument("seed", Environment.TickCount);
        await using var app = new FuzzedApp(context.StorageConnectionString);
        using var client = app.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), cancellationToken))!;
        var setup = await FuzzSetup.CreateAsync(client, app.Services, cancellationToken);
        var generator = new FuzzCases(document, setup.KnownValues, seed);
        var kinds = Enum.GetValues<FuzzInputKind>().Length;
        var perRound = generator.Generate(setup.Credentials, kinds).Count() / kinds;
        var rounds = (requested + perRound - 1) / perRound;
        context.Report.WriteLine($"fuzz: seed {seed}, {FuzzOperation.AllOf(document).Count} operations × {setup.Credentials.Count} credentials, {rounds} rounds of {perRound:N0} requests, {Concurrency} in flight");

        var clock = Stopwatch.StartNew();
        var tally = await FuzzRun.RunAsync(client, document, generator.Generate(setup.Credentials, rounds), Concurrency, cancellationToken);
        var errors = app.Logs.Lines.Count(l => l.Contains(" Error: ", StringComparison.Ordinal) || l.Contains(" Critical: ", StringComparison.Ordinal));

        context.Report.Write(tally.Describe());
        context.Report.WriteLine($"  Error log lines: {errors}; {tally.Requests / clock.Elapsed.TotalSeconds:N0} requests/s over {clock.Elapsed.TotalSeconds:0} s");
        var green = tally.Breaches == 0 && errors == 0 && tally.Requests >= requested;
        context.Report.WriteLine(green ? "  → CONTRACT KEPT" : $"  → BROKEN (replay with --seed {seed})");
        if (!green) throw new InvalidOperationException($"The fuzz run broke the contract (seed {seed}).");
    }
}
