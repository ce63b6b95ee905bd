using DataZones.Zones.Medical.Reference;

namespace DataZones.Zones.Medical.DemoData;

/// <summary>A generated person: the identity number (synthetic, valid check digit) and the history generated for it.</summary>
public sealed record DemoPerson(string IdentityNumber, IReadOnlyList<DemoVisit> Visits);

/// <summary>A generated visit with its prescriptions' ATC classes.</summary>
public sealed record DemoVisit(
    string VisitId, string InstitutionCode, VisitType Type, DateOnly AdmittedOn, DateOnly DischargedOn, string PrimaryDiagnosis,
    IReadOnlyList<string> SecondaryDiagnoses, IReadOnlyList<string> Procedures, decimal TotalCost, decimal FundPaid, string? SettlementNumber,
    IReadOnlyList<string> Drugs)
{
    public decimal SelfPaid => TotalCost - FundPaid;
}
