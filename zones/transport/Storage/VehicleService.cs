using DataZones.Marketplace.Time;
using DataZones.Zones.Transport.Accidents;
using DataZones.Zones.Transport.History;
using DataZones.Zones.Transport.Reference;
using DataZones.Zones.Transport.Underwriting;

namespace DataZones.Zones.Transport.Storage;

/// <summary>Reads a vehicle's file (or an accident case) and hands it to the product's pure builder.</summary>
public sealed class VehicleService(TransportReferenceStore store, TransportKeys keys, BusinessCalendar calendar, TimeProvider time)
{
    /// <summary>Null when no vehicle is registered under the VIN: underwriting has nothing to say about it.</summary>
    public async Task<TruckUnderwritingAnswer?> UnderwriteAsync(string vin, string? plate, CancellationToken cancellationToken)
    {
        var file = await store.ReadVehicleAsync(vin, cancellationToken);
        return file.Registration is null ? null : TruckUnderwriter.Underwrite(file, Today(), plate, keys);
    }

    /// <summary>Always an answer: "not registered" is what a dealer needs to know.</summary>
    public async Task<UsedCarHistoryAnswer> HistoryAsync(string vin, string purpose, CancellationToken cancellationToken)
    {
        var file = await store.ReadVehicleAsync(vin, cancellationToken);
        return file.Registration is null ? UsedCarHistoryBuilder.NotRegistered(vin, purpose) : UsedCarHistoryBuilder.Build(file, purpose);
    }

    /// <summary>Always an answer: "no such accident" is the verification's finding.</summary>
    public async Task<AccidentVerification> VerifyAccidentAsync(AccidentClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.CaseNumber is { } caseNumber) return AccidentVerifier.ByCase(claim, await store.ReadCaseAsync(caseNumber, cancellationToken));
        var file = await store.ReadVehicleAsync(claim.Vin, cancellationToken);
        return AccidentVerifier.ByTime(claim, file.Accidents);
    }

    public int CurrentYear() => Today().Year;

    private DateOnly Today() => calendar.DayOf(time.GetUtcNow());
}
