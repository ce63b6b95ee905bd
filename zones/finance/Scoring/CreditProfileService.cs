using DataZones.Marketplace.Time;
using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Storage;

namespace DataZones.Zones.Finance.Scoring;

/// <summary>
/// Scores an enterprise as of today's business date (Beijing time): one partition read, then the pure profile
/// builder and scorer.
/// </summary>
public sealed class CreditProfileService(FinanceReferenceStore store, BusinessCalendar calendar, TimeProvider time)
{
    /// <summary>The assessment, or null when no enterprise is registered under the (normalised) credit code.</summary>
    public async Task<CreditAssessment?> AssessAsync(string creditCode, CancellationToken cancellationToken)
    {
        var records = await store.FindEnterpriseAsync(creditCode, cancellationToken);
        return records is null ? null : Assess(records, calendar.DayOf(time.GetUtcNow()));
    }

    /// <summary>The assessment of known records on a date.</summary>
    public static CreditAssessment Assess(EnterpriseReferenceSet records, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(records);
        var profile = CreditProfileBuilder.Build(records, asOf);
        return new CreditAssessment(records.Registration.CreditCode, asOf, profile, CreditScorer.Score(profile));
    }
}
