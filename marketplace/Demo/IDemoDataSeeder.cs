namespace DataZones.Marketplace.Demo;

/// <summary>
/// Loads a module's demo data in Development (never in Production). Seeders run once each, in <see cref="Order"/>,
/// in the background after the app starts; a seeder that completed is recorded and not run again, so restarting
/// <c>scripts/run</c> keeps the data it made. A seeder must be deterministic (seeded generators) and report progress.
/// </summary>
public interface IDemoDataSeeder
{
    /// <summary>Stable name, recorded when the seeder completes.</summary>
    string Name { get; }

    /// <summary>Lower runs first. Credentials (0) come before zone data (100 and up).</summary>
    int Order { get; }

    Task SeedAsync(IProgress<string> progress, CancellationToken cancellationToken);
}
