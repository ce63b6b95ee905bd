namespace DataZones.Bench;

/// <summary>
/// One benchmark, run by <c>scripts/bench NAME</c>. It receives the connection string of a fresh Azurite that the
/// script started, and prints its figures next to a baseline measured in the same run (these machines are shared
/// and noisy, so only same-run ratios mean anything).
/// </summary>
public interface IBenchmark
{
    /// <summary>The name on the command line, e.g. <c>storage</c>.</summary>
    string Name { get; }

    /// <summary>One line on what it measures, for <c>scripts/bench</c> without arguments.</summary>
    string Description { get; }

    Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken);
}
