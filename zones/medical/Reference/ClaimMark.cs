namespace DataZones.Zones.Medical.Reference;

/// <summary>
/// That a visit was claimed: written by claims verification into the person's partition, so the next verification
/// of the same visit reads it with the visit itself (one partition read) and can flag a repeated claim. It names
/// the claim only by a keyed hash of claimant and claim reference, so no answer can say who claimed before.
/// </summary>
public sealed record ClaimMark(string PersonKey, string VisitId, string ClaimKey, DateTimeOffset MarkedAt) : IMedicalRecord
{
    public string RowKey => MedicalRowKeys.ClaimMark(VisitId, ClaimKey);
}
