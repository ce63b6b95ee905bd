namespace DataZones.Bench.Load;

/// <summary>What a load run measured: throughput of successful answers, latency percentiles, and every answer's request id.</summary>
public sealed record LoadResult(int Concurrency, long Requests, long Ok, TimeSpan Elapsed, TimeSpan P50, TimeSpan P99, IReadOnlyList<string> OkRequestIds)
{
    public double OkPerSecond => Ok / Elapsed.TotalSeconds;

    public string Describe() =>
        $"{OkPerSecond,8:N0} req/s  p50 {P50.TotalMilliseconds,6:0.0} ms  p99 {P99.TotalMilliseconds,6:0.0} ms  ({Ok:N0} ok of {Requests:N0})";
}
