using DataZones.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DataZones.Bench.Fuzz;

/// <summary>
/// The whole app (every zone, as functions/Program.cs builds it) in process, on the benchmark's Azurite, in
/// Production, its log captured to count what it logs at Error. The type argument only names the app's assembly.
/// </summary>
public sealed class FuzzedApp(string storageConnectionString) : WebApplicationFactory<DataZones.Functions.Scheduling.JobSchedule>
{
    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(FunctionsFolder());
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:ConnectionString", storageConnectionString);
        builder.UseSetting("Persistence:TablePrefix", "fuzz" + Guid.NewGuid().ToString("N")[..8]);
        builder.UseSetting("Receipts:AllowGeneratedKey", "true");
        foreach (var (name, key) in Hosting.ZoneHashKeys.Fresh()) builder.UseSetting(name, key);
        builder.UseSetting("Scheduling:LocalScheduler", "false");
        // The fuzz run is about the contract, not the protection: the per-subscription rate limit is lifted.
        builder.UseSetting("RateLimit:PermitsPerSecond", "1000000");
        builder.UseSetting("RateLimit:BurstPermits", "1000000");
        // Only what the run checks (nothing at Error) is kept; the console would print every client mistake.
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Logs).AddFilter<LogCapture>(level => level >= LogLevel.Warning));
    }

    // The app's folder in the checkout (its appsettings.json), found above the benchmark's output.
    private static string FunctionsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DataZones.sln"))) return Path.Combine(dir.FullName, "functions");
        }
        throw new InvalidOperationException($"No DataZones.sln above {AppContext.BaseDirectory}.");
    }
}
