using System.Globalization;
using DataZones.Marketplace.Demo;
using DataZones.Marketplace.Ingestion;
using DataZones.Marketplace.Time;
using DataZones.Zones.Medical.Jobs;
using DataZones.Zones.Medical.Reference;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Medical.DemoData;

/// <summary>
/// Development only: <see cref="MedicalOptions.DemoPersons"/> generated persons loaded through the holder's
/// ingestion path — each source written as the health commission's CSV file and submitted as an upload, so demo
/// data meets exactly the parser and loader real data meets.
/// </summary>
public sealed class MedicalDemoSeeder(
    MedicalIngestionService ingestion,
    BusinessCalendar calendar,
    TimeProvider time,
    IOptions<MedicalOptions> options) : IDemoDataSeeder
{
    private const string Actor = "system:demo";
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    public string Name => "medical";

    public int Order => 120; // after finance's enterprises

    public async Task SeedAsync(IProgress<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var demo = Demo(calendar.DayOf(time.GetUtcNow()), options.Value);
        foreach (var source in MedicalSources.All)
        {
            using var file = new MemoryStream(); // in memory, not on disk: the file carries (synthetic) identity numbers
            demo.WriteCsv(source, file);
            file.Position = 0;
            var (outcome, job) = await ingestion.SubmitAsync(source, IngestionFormat.Csv, Actor, file, cancellationToken);
            if (outcome != MedicalSubmissionOutcome.Accepted) throw new InvalidOperationException($"Demo {MedicalSources.Code(source)} file was not accepted: {outcome}.");
            while (!job!.IsFinished)
            {
                await Task.Delay(PollInterval, time, cancellationToken);
                job = await ingestion.FindAsync(job.Id, cancellationToken) ?? throw new InvalidOperationException($"Demo ingestion {job.Id} disappeared.");
            }

            if (job.State != MedicalIngestionState.Succeeded || job.Rejected > 0)
            {
                throw new InvalidOperationException($"Demo {MedicalSources.Code(source)} ingestion {job.Id} ended {job.State} with {job.Rejected} rejected lines.");
            }

            progress.Report(string.Create(CultureInfo.InvariantCulture, $"{MedicalSources.Code(source)}: {job.Loaded} rows loaded ({job.Id})"));
        }
    }

    /// <summary>The demo population this seeder loads (tests and the benchmark make the same one).</summary>
    public static MedicalDemoData Demo(DateOnly asOf, MedicalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new MedicalDemoData(options.DemoSeed, asOf, options.DemoPersons);
    }
}
