using DataZones.Zones.Medical.Reference;

namespace DataZones.Zones.Medical.Research;

/// <summary>A visit as the research index holds it: no institution, code list, cost or settlement number.</summary>
public sealed record IndexedVisit(string PersonKey, string VisitId, int BirthYear, Sex Sex, VisitType Type, DateOnly AdmittedOn, DateOnly DischargedOn)
{
    public int LengthOfStayDays => DischargedOn.DayNumber - AdmittedOn.DayNumber;
}
