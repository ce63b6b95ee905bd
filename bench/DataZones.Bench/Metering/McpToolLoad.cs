using System.Diagnostics;
using DataZones.Bench.Load;
using ModelContextProtocol.Client;

namespace DataZones.Bench.Metering;

/// <summary>
/// Closed-loop load through <c>/mcp</c>, shaped like <see cref="HttpLoad"/>: <c>concurrency</c> MCP clients (the SDK's,
/// streamable HTTP, one handshake each before the clock starts), each calling the tool again when its previous call is
/// answered, for a fixed time. A call counts as ok when it is not a tool error; its request id comes from <c>_meta</c>.
/// </summary>
public static class McpToolLoad
{
    public static async Task<LoadResult> RunAsync(HttpClient http, string apiKey, string tool, int concurrency, TimeSpan duration,
        Func<int, long, IReadOnlyDictionary<string, object?>> arguments, CancellationToken cancellationToken)
    {
        var clients = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(http.BaseAddress!, "/mcp"),
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["X-Api-Key"] = apiKey },
        }, http, ownsHttpClient: false), cancellationToken: cancellationToken)));
        try
        {
            var latencies = new List<long>[concurrency];
            var ids = new List<string>[concurrency];
            long calls = 0;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
            {
                latencies[worker] = [];
                ids[worker] = [];
                for (long i = 0; clock.Elapsed < duration && !cancellationToken.IsCancellationRequested; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    var result = await clients[worker].CallToolAsync(tool, arguments(worker, i), cancellationToken: cancellationToken);
                    latencies[worker].Add(Stopwatch.GetTimestamp() - started);
                    Interlocked.Increment(ref calls);
                    if (result.IsError != true && result.Meta?["requestId"]?.ToString() is { } id) ids[worker].Add(id);
                }
            }));
            var elapsed = clock.Elapsed;
            var sorted = latencies.SelectMany(l => l).Order().ToArray();
            return new LoadResult(concurrency, calls, ids.Sum(l => l.Count), elapsed, Percentile(sorted, 0.50), Percentile(sorted, 0.99), ids.SelectMany(l => l).ToList());
        }
        finally
        {
            foreach (var client in clients) await client.DisposeAsync();
        }
    }

    private static TimeSpan Percentile(long[] sortedTicks, double quantile) =>
        sortedTicks.Length == 0 ? TimeSpan.Zero
            : Stopwatch.GetElapsedTime(0, sortedTicks[Math.Min(sortedTicks.Length - 1, (int)Math.Ceiling(quantile * sortedTicks.Length) - 1)]);
}
