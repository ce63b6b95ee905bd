using System.Reflection;
using DataZones.Bench;

// Benchmarks are found by reflection so that adding one is adding one file.
var benchmarks = typeof(IBenchmark).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchmark).IsAssignableFrom(t))
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

var selected = args.Length > 0 ? benchmarks.FirstOrDefault(b => b.Name == args[0]) : null;
if (selected is null)
{
    Console.Error.WriteLine("usage: scripts/bench NAME [options]\n\nbenchmarks:");
    foreach (var b in benchmarks) Console.Error.WriteLine($"  {b.Name,-12} {b.Description}");
    return args.Length == 0 ? 0 : 2;
}

var connectionString = Environment.GetEnvironmentVariable("DATAZONES_BENCH_STORAGE")
    ?? throw new InvalidOperationException("DATAZONES_BENCH_STORAGE is not set; run benchmarks with scripts/bench.");
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
await selected.RunAsync(new BenchmarkContext(connectionString, args.Skip(1).ToList(), Console.Out), cancel.Token);
return 0;

