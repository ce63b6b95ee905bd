using System.Diagnostics;

namespace DataZones.Bench.Load;

/// <summary>
/// Closed-loop load on loopback: <c>concurrency</c> clients, each sending its next request when the previous one is
/// answered, for a fixed time (bounded: it stops by itself). Records every latency and the request ids of 200s.
/// </summary>
public static class HttpLoad
{
    public static async Task<LoadResult> RunAsync(HttpClient client, int concurrency, TimeSpan duration, Func<int, long, HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        var latencies = new List<long>[concurrency];
        var ids = new List<string>[concurrency];
        long requests = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            latencies[worker] = [];
            ids[worker] = [];
            for (long i = 0; clock.Elapsed < duration && !cancellationToken.IsCancellationRequested; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var message = request(worker, i);
                using var response = await client.SendAsync(message, cancellationToken);
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                latencies[worker].Add(Stopwatch.GetTimestamp() - started);
                Interlocked.Increment(ref requests);
                if (response.IsSuccessStatusCode && response.Headers.TryGetValues("X-Request-Id", out var values)) ids[worker].Add(values.First());
            }
        }));
        var elapsed = clock.Elapsed;
        var sorted = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(concurrency, requests, ids.Sum(l => l.Count), elapsed, Percentile(sorted, 0.50), Percentile(sorted, 0.99),
            ids.SelectMany(l => l).ToList());
    }

    public static HttpClient LoopbackClient(Uri baseAddress) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = baseAddress };

    private static TimeSpan Percentile(long[] sortedTicks, double quantile) =>
        sortedTicks.Length == 0 ? TimeSpan.Zero
            : Stopwatch.GetElapsedTime(0, sortedTicks[Math.Min(sortedTicks.Length - 1, (int)Math.Ceiling(quantile * sortedTicks.Length) - 1)]);
}
