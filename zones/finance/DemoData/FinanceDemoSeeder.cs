using DataZones.Marketplace.Ingestion;
using System.Globalization;
using DataZones.Marketplace.Demo;
using DataZones.Marketplace.Time;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Jobs;
using DataZones.Zones.Finance.Policies;
using DataZones.Zones.Finance.Reference;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Finance.DemoData;

/// <summary>
/// Development only: the demo loan policies, and <see cref="FinanceOptions.DemoEnterprises"/> generated
/// enterprises loaded through the holders' ingestion path — each source written as its holder's file and submitted
/// as an upload, so demo data meets exactly the parser, limits and loader real data meets. Waits for the jobs and
/// reports their progress.
/// </summary>
public sealed class FinanceDemoSeeder(
    IngestionService ingestion,
    LoanPolicyService policies,
    BusinessCalendar calendar,
    TimeProvider time,
    IOptions<FinanceOptions> options) : IDemoDataSeeder
{
    private const string Actor = "system:demo";
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    public string Name => "finance";

    public int Order => 110; // after the ocean demo (a minute), since 20,000 enterprises take several minutes on Azurite

    public async Task SeedAsync(IProgress<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        foreach (var policy in DemoLoanPolicies.All)
        {
            if (await policies.FindAsync(policy.Id, cancellationToken) is null) await policies.SaveAsync(policy, Actor, cancellationToken);
        }

        progress.Report($"{DemoLoanPolicies.All.Count} demo loan policies");
        var asOf = calendar.DayOf(time.GetUtcNow());
        var demo = new FinanceDemoData(options.Value.DemoSeed, asOf, options.Value.DemoEnterprises);
        foreach (var source in FinanceSources.All)
        {
            var job = await SubmitAsync(demo, source, cancellationToken);
            job = await WaitAsync(job, progress, cancellationToken);
            if (job.State != IngestionJobState.Succeeded || job.Rejected > 0)
            {
                throw new InvalidOperationException($"Demo {FinanceSources.Code(source)} ingestion {job.Id} ended {job.State} with {job.Rejected} rejected lines.");
            }
        }

        progress.Report(string.Create(CultureInfo.InvariantCulture,
            $"{demo.EnterpriseCount} demo enterprises as of {asOf:yyyy-MM-dd}, e.g. credit code {demo.CreditCode(0)}"));
    }

    private async Task<IngestionJob> SubmitAsync(FinanceDemoData demo, FinanceSource source, CancellationToken cancellationToken)
    {
        // In memory, not on disk: the registry file carries (synthetic) identity numbers in clear.
        using var file = new MemoryStream();
        demo.Write(source, IngestionFormat.Csv, file);
        file.Position = 0;
        var submission = await ingestion.SubmitAsync(source, IngestionFormat.Csv, Actor, file, cancellationToken);
        return submission.Job is { State: IngestionJobState.Queued } job
            ? job
            : throw new InvalidOperationException($"Demo {FinanceSources.Code(source)} file was not accepted: {submission.Outcome}.");
    }

    private async Task<IngestionJob> WaitAsync(IngestionJob job, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var source = FinanceSources.Code(job.Source);
        while (!job.IsFinished)
        {
            await Task.Delay(PollInterval, time, cancellationToken);
            job = await ingestion.FindAsync(job.Id, cancellationToken)
                ?? throw new InvalidOperationException($"Demo ingestion job {job.Id} disappeared.");
        }

        progress.Report(string.Create(CultureInfo.InvariantCulture, $"{source}: {job.Loaded} rows loaded ({job.Id})"));
        return job;
    }
}
