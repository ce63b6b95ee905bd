using DataZones.Marketplace.Consent;
using DataZones.Marketplace.Identifiers;
using DataZones.Marketplace.Time;
using DataZones.Zones.Medical.Reference;
using DataZones.Zones.Medical.Storage;

namespace DataZones.Zones.Medical.Underwriting;

/// <summary>Reads the applicant's partition (one query), cuts it to the consent's data period, and checks it.</summary>
public sealed class UnderwritingService(MedicalReferenceStore store, MedicalPersonKeys persons, BusinessCalendar calendar, TimeProvider time)
{
    public async Task<UnderwritingAnswer> CheckAsync(string identityNumber, ConsentRecord consent, int lookbackYears, IReadOnlyList<ConditionSpec> conditions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var personKey = persons.Of(ResidentIdentityNumberValidator.Validate(identityNumber).Normalized!);
        var history = (await store.ReadPersonAsync(personKey, cancellationToken)).Within(consent.DataFrom, consent.DataTo);
        return Underwriter.Check(history, calendar.DayOf(time.GetUtcNow()), lookbackYears, conditions);
    }
}
