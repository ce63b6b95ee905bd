namespace DataZones.Zones.Medical.Reference;

/// <summary>A drug prescribed at a visit, by its ATC class (e.g. <c>A10BA02</c>, or a class level such as <c>A10</c>).</summary>
public sealed record Prescription(string PersonKey, string PrescriptionId, string VisitId, string AtcCode, DateOnly PrescribedOn) : IMedicalRecord
{
    public string RowKey => MedicalRowKeys.Prescription(PrescriptionId);
}
