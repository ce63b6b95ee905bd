using System.Globalization;
using System.Text.Json;
using DataZones.Marketplace.Consent;
using DataZones.Marketplace.Consumers;
using DataZones.Marketplace.Demo;
using DataZones.Marketplace.Ingestion;
using DataZones.Marketplace.Time;
using DataZones.Zones.Medical.Jobs;
using DataZones.Zones.Medical.Products;
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
    ConsentService consents,
    ConsumerService consumers,
    BusinessCalendar calendar,
    TimeProvider time,
    IOptions<MedicalOptions> options,
    IOptions<DemoOptions> demoOptions) : IDemoDataSeeder
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

        await GrantDemoConsentsAsync(demo, progress, cancellationToken);
    }

    /// <summary>How many demo persons consent to the demo insurer (as the consent authority would record it).</summary>
    public const int DemoConsents = 50;

    // The demo insurer gets consents of the first persons with a visit, and example claims to try are written
    // next to the demo credentials (owner-only): they hold synthetic identity numbers, which no log line may.
    private async Task GrantDemoConsentsAsync(MedicalDemoData demo, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var insurer = (await consumers.ListAsync(cancellationToken)).FirstOrDefault(c => c.Kind == ConsumerKind.Insurer);
        if (insurer is null) return;
        var now = time.GetUtcNow();
        var examples = new List<object>();
        foreach (var person in demo.Persons.Where(p => p.Visits.Count > 0).Take(DemoConsents))
        {
            var (consent, _) = await consents.GrantAsync(new ConsentGrant(person.IdentityNumber, insurer.Id,
                MedicalProducts.All.Where(p => p.RequiresConsent).Select(p => p.Id).ToList(),
                calendar.DayOf(now).AddYears(-6), calendar.DayOf(now), now.AddDays(365)), Actor, cancellationToken);
            var visit = person.Visits[^1];
            examples.Add(new
            {
                claimReference = "DEMO-" + visit.VisitId, identityNumber = person.IdentityNumber, consentId = consent!.Id,
                policy = new { startsOn = visit.AdmittedOn.AddYears(-1), endsOn = visit.AdmittedOn.AddYears(1), waitingPeriodDays = 30 },
                institutionCode = visit.InstitutionCode, admittedOn = visit.AdmittedOn, dischargedOn = visit.DischargedOn,
                diagnoses = new[] { visit.PrimaryDiagnosis }, claimedAmount = Math.Max(0.01m, Math.Round(visit.SelfPaid / 2, 2)),
            });
        }

        var file = demoOptions.Value.CredentialsFile is { Length: > 0 } credentials
            ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(credentials))!, "medical-demo-claims.json")
            : null;
        if (file is not null)
        {
            var create = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            await using var stream = new FileStream(file, create);
            await JsonSerializer.SerializeAsync(stream, examples, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }, cancellationToken);
        }

        progress.Report(string.Create(CultureInfo.InvariantCulture,
            $"{examples.Count} demo consents for {insurer.Name}; example claims in {file ?? "(no credentials file configured)"}"));
    }

    /// <summary>The demo population this seeder loads (tests and the benchmark make the same one).</summary>
    public static MedicalDemoData Demo(DateOnly asOf, MedicalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new MedicalDemoData(options.DemoSeed, asOf, options.DemoPersons);
    }
}
