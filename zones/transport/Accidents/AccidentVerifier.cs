using DataZones.Zones.Transport.Reference;
using DataZones.Zones.Transport.Underwriting;

namespace DataZones.Zones.Transport.Accidents;

/// <summary>Compares a declared accident with the traffic police's record. Pure: the service reads, this decides.</summary>
public static class AccidentVerifier
{
    /// <summary>Without a case number, recorded accidents this far either side of the declared time are candidates.</summary>
    public static readonly TimeSpan SearchWindow = TimeSpan.FromDays(3);

    /// <summary>By case number: <paramref name="parties"/> are the case's recorded parties (empty: no such case).</summary>
    public static AccidentVerification ByCase(AccidentClaim claim, IReadOnlyList<AccidentParty> parties)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(parties);
        if (parties.Count == 0) return NotFound(false, AccidentReasonCodes.CaseNotFound);
        var party = parties.FirstOrDefault(p => string.Equals(p.Vin, claim.Vin, StringComparison.Ordinal));
        return party is null ? NotFound(true, AccidentReasonCodes.VehicleNotAParty) : Compare(claim, party);
    }

    /// <summary>By time and place: the vehicle's recorded accident nearest the declared time, within the search window.</summary>
    public static AccidentVerification ByTime(AccidentClaim claim, IReadOnlyList<AccidentParty> vehicleAccidents)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(vehicleAccidents);
        var declared = claim.OccurredAt!.Value;
        var nearest = vehicleAccidents
            .Where(a => (a.OccurredAt - declared).Duration() <= SearchWindow)
            .OrderBy(a => (a.OccurredAt - declared).Duration())
            .FirstOrDefault();
        return nearest is null ? NotFound(false, AccidentReasonCodes.NoAccidentNearTime) : Compare(claim, nearest);
    }

    private static AccidentVerification Compare(AccidentClaim claim, AccidentParty party)
    {
        bool? timeOk = claim.OccurredAt is { } at ? (party.OccurredAt - at).Duration() <= TimeSpan.FromMinutes(claim.ToleranceMinutes) : null;
        bool? placeOk = claim is { Longitude: { } lon, Latitude: { } lat }
            ? GreatCircle.DistanceMetres(lon, lat, party.Longitude, party.Latitude) <= claim.RadiusMetres
            : null;
        var reasons = new List<string>();
        if (timeOk == false) reasons.Add(AccidentReasonCodes.TimeOutsideTolerance);
        if (placeOk == false) reasons.Add(AccidentReasonCodes.PlaceOutsideRadius);
        var outcome = reasons.Count == 0 ? AccidentOutcome.Verified : AccidentOutcome.Inconsistent;
        if (party.Injuries > 0) reasons.Add(AccidentReasonCodes.InjuriesRecorded);
        if (party.LiabilityPercent >= 100) reasons.Add(AccidentReasonCodes.FullLiability);
        return new AccidentVerification(outcome, true, true, timeOk, placeOk, Bands.Liability(party.LiabilityPercent), party.Injuries > 0, reasons);
    }

    private static AccidentVerification NotFound(bool accidentExists, string reason) =>
        new(AccidentOutcome.NotFound, accidentExists, false, null, null, null, null, [reason]);
}
