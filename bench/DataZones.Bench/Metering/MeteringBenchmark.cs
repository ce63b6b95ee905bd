using System.Net.Http.Json;
using DataZones.Bench.Hosting;
using DataZones.Bench.Load;
using DataZones.Marketplace.Ledger;
using DataZones.Marketplace.Mcp;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Time;

namespace DataZones.Bench.Metering;

/// <summary>
/// The paid-call pipeline's cost and correctness under load, in one run on one machine: N concurrent clients on
/// loopback against (a) a bare endpoint doing the zone work and (b) the same work through the pipeline; then the
/// reconciliation (usage records == metered 200s, exactly, no duplicates) and Azurite's own ceiling, measured as
/// 100-entity transactions written with the same partition scheme into the same usage table. Then the same metered
/// operation called as an MCP tool through <c>/mcp</c> against REST calls of it, back to back at the same concurrency
/// (both in the reconciliation). Options: --seconds N per phase (default 10).
/// </summary>
public sealed class MeteringBenchmark : IBenchmark
{
    private static readonly int[] Concurrencies = [64, 256];
    private const int McpConcurrency = 64;

    public string Name => "metering";

    public string Description => "paid-call pipeline vs bare endpoint, reconciliation, and Azurite's transaction ceiling";

    public async Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var duration = TimeSpan.FromSeconds(context.IntArgument("seconds", 10));
        var report = context.Report;
        await using var app = await BenchApp.StartAsync(context.StorageConnectionString,
            (s, c) => { s.AddBenchZone(); s.AddPlatformMcp(c); }, e => { e.MapBenchZone(); e.MapPlatformMcp(); });
        using var client = HttpLoad.LoopbackClient(app.Address);
        var key = await SubscribedConsumerKeyAsync(app, cancellationToken);
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        report.WriteLine($"metering benchmark: {duration.TotalSeconds:0} s per phase, loopback Kestrel, Azurite table and blob in separate processes");

        var metered = new List<LoadResult>();
        foreach (var concurrency in Concurrencies)
        {
            var bare = await HttpLoad.RunAsync(client, concurrency, duration, (w, i) => Lookup("/bench/bare", w, i), cancellationToken);
            var paid = await HttpLoad.RunAsync(client, concurrency, duration, (w, i) => Lookup("/bench/metered", w, i), cancellationToken);
            metered.Add(paid);
            report.WriteLine($"  {concurrency,3} clients  bare     {bare.Describe()}");
            report.WriteLine($"  {concurrency,3} clients  metered  {paid.Describe()}  ratio {paid.OkPerSecond / bare.OkPerSecond:0.000}x of bare");
        }

        // The same operation as a tool: REST and MCP back to back, so the ratio is of one machine in one state.
        var rest = await HttpLoad.RunAsync(client, McpConcurrency, duration, (w, i) => Lookup("/bench/metered", w, i), cancellationToken);
        using var mcpHttp = HttpLoad.LoopbackClient(app.Address);
        var mcp = await McpToolLoad.RunAsync(mcpHttp, key, BenchZone.ToolName, McpConcurrency, duration,
            (w, i) => new Dictionary<string, object?> { ["subject"] = $"mcp-subject-{w}-{i}" }, cancellationToken);
        report.WriteLine($"  {McpConcurrency,3} clients  REST     {rest.Describe()}");
        report.WriteLine($"  {McpConcurrency,3} clients  MCP tool {mcp.Describe().Replace("req/s", "calls/s", StringComparison.Ordinal)}  ratio {mcp.OkPerSecond / rest.OkPerSecond:0.000}x of REST");

        var reconciled = metered.Append(rest).Append(mcp).ToList();
        var (records, distinct, missing, table) = await ReconcileAsync(app, reconciled.SelectMany(r => r.OkRequestIds).ToList(), cancellationToken);
        var okTotal = reconciled.Sum(r => r.Ok);
        var exact = records == okTotal && distinct == records && missing == 0;
        report.WriteLine($"  reconciliation: {records:N0} usage records, {okTotal:N0} metered answers (REST and MCP), {distinct:N0} distinct request ids, {missing} answered-but-unmetered → {(exact ? "EXACT" : "MISMATCH")}");

        var ceiling = await AzuriteCeiling.EntitiesPerSecondAsync(app.Services.GetRequiredService<PlatformTables>(), table, duration, cancellationToken);
        var at256 = metered[^1].OkPerSecond;
        report.WriteLine($"  Azurite ceiling: {ceiling,8:N0} entities/s in 100-entity transactions, same table ({records:N0} entities), 16 partitions");
        report.WriteLine($"  metered at 256 clients = {at256 / ceiling:0.00}x of the ceiling (target ≥ 0.50); p99 at 64 clients = {metered[0].P99.TotalMilliseconds:0.0} ms (target ≤ 100)");
    }

    private static HttpRequestMessage Lookup(string path, int worker, long i) =>
        new(HttpMethod.Post, path) { Content = JsonContent.Create(new BenchZone.LookupRequest($"subject-{worker}-{i}")) };

    private static async Task<string> SubscribedConsumerKeyAsync(BenchApp app, CancellationToken cancellationToken)
    {
        using var admin = HttpLoad.LoopbackClient(app.Address);
        admin.DefaultRequestHeaders.Add("X-Api-Key", await app.OperatorKeyAsync());
        var consumer = await (await admin.PostAsJsonAsync("/operator/consumers", new { name = "Bench bank", kind = "bank", creditCode = DataZones.Marketplace.Identifiers.UnifiedSocialCreditCodeValidator.Complete("91370200MA3C8XQL0") }, cancellationToken))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<IdView>(cancellationToken);
        var key = await (await admin.PostAsync(new Uri($"/operator/consumers/{consumer!.Id}/keys", UriKind.Relative), null, cancellationToken))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<KeyView>(cancellationToken);
        using var self = HttpLoad.LoopbackClient(app.Address);
        self.DefaultRequestHeaders.Add("X-Api-Key", key!.Key);
        (await self.PostAsJsonAsync("/me/subscriptions", new { productId = BenchZone.ProductId, planId = BenchZone.PlanId }, cancellationToken)).EnsureSuccessStatusCode();
        return key.Key;
    }

    private static async Task<(long Records, long Distinct, int Missing, string Table)> ReconcileAsync(BenchApp app, IReadOnlyList<string> okIds, CancellationToken cancellationToken)
    {
        var day = Keys.Day(app.Services.GetRequiredService<BusinessCalendar>().DayOf(TimeProvider.System.GetUtcNow()));
        var chains = await app.Services.GetRequiredService<ChainRegistry>().ListAsync(day, cancellationToken);
        var reader = app.Services.GetRequiredService<ChainReader>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        long records = 0;
        foreach (var (chainId, table) in chains)
        {
            await foreach (var entity in reader.ReadAsync(table, chainId, cancellationToken))
            {
                records++;
                ids.Add(entity.GetString("RequestId")!);
            }
        }
        return (records, ids.Count, okIds.Count(id => !ids.Contains(id)), "usage" + day);
    }

    private sealed record IdView(string Id);

    private sealed record KeyView(string Key);
}
