using System.Globalization;
using DataZones.Marketplace.Demo;
using DataZones.Marketplace.Ingestion;
using DataZones.Marketplace.Time;
using DataZones.Zones.Transport.Jobs;
using DataZones.Zones.Transport.Reference;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Transport.DemoData;

/// <summary>
/// Development only: <see cref="TransportOptions.DemoVehicles"/> generated vehicles loaded through the holders'
/// ingestion path — each source written as its holder's CSV file and submitted as an upload, so demo data meets
/// exactly the parser and loader real data meets. The log ends with VINs to try (VINs are not personal data).
/// </summary>
public sealed class TransportDemoSeeder(
    TransportIngestionService ingestion,
    BusinessCalendar calendar,
    TimeProvider time,
    IOptions<TransportOptions> options) : IDemoDataSeeder
{
    private const string Actor = "system:demo";
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    public string Name => "transport";

    public int Order => 130; // after medical's persons

    public async Task SeedAsync(IProgress<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var demo = Demo(calendar.DayOf(time.GetUtcNow()), options.Value);
        foreach (var source in TransportSources.All)
        {
            using var file = new MemoryStream(); // in memory: the files carry (synthetic) plates and identity numbers
            demo.WriteCsv(source, file);
            file.Position = 0;
            var (outcome, job) = await ingestion.SubmitAsync(source, IngestionFormat.Csv, Actor, file, cancellationToken);
            if (outcome != TransportSubmissionOutcome.Accepted) throw new InvalidOperationException($"Demo {TransportSources.Code(source)} file was not accepted: {outcome}.");
            while (!job!.IsFinished)
            {
                await Task.Delay(PollInterval, time, cancellationToken);
                job = await ingestion.FindAsync(job.Id, cancellationToken) ?? throw new InvalidOperationException($"Demo ingestion {job.Id} disappeared.");
            }

            if (job.State != TransportIngestionState.Succeeded || job.Rejected > 0)
            {
                throw new InvalidOperationException($"Demo {TransportSources.Code(source)} ingestion {job.Id} ended {job.State} with {job.Rejected} rejected lines.");
            }

            progress.Report(string.Create(CultureInfo.InvariantCulture, $"{TransportSources.Code(source)}: {job.Loaded} rows loaded ({job.Id})"));
        }

        var truck = demo.Vehicles.FirstOrDefault(v => v.Type == VehicleType.HeavyTruck);
        var rolledBack = demo.Vehicles.FirstOrDefault(v => v.HasRollback);
        var flooded = demo.Vehicles.FirstOrDefault(v => v.Events.Any(e => e.Kind == RegistrationEventKind.FloodDamage));
        progress.Report($"try: truck {truck?.Vin}, odometer rollback {rolledBack?.Vin}, flood damage {flooded?.Vin}");
    }

    /// <summary>The demo fleet this seeder loads (tests and the benchmark make the same one).</summary>
    public static TransportDemoData Demo(DateOnly asOf, TransportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new TransportDemoData(options.DemoSeed, asOf, options.DemoVehicles);
    }
}
