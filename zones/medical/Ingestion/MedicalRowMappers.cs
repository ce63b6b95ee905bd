using DataZones.Marketplace.Identifiers;
using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Medical.Reference;

namespace DataZones.Zones.Medical.Ingestion;

/// <summary>One line's fields to a record, with the rules across fields (dates in order, amounts that add up).</summary>
internal static class MedicalRowMappers
{
    private static readonly Dictionary<string, VisitType> VisitTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["outpatient"] = VisitType.Outpatient,
        ["inpatient"] = VisitType.Inpatient,
    };

    public static IMedicalRecord Map(MedicalSource source, FieldReader row, PersonalIdentifierHasher hasher) => source switch
    {
        MedicalSource.Visits => Visit(row, hasher),
        MedicalSource.Prescriptions => Prescription(row, hasher),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown medical source."),
    };

    private static Visit Visit(FieldReader row, PersonalIdentifierHasher hasher)
    {
        var visitId = row.KeyText("visit_id");
        var (person, birthYear, sex) = row.Person("id_number", hasher);
        var institution = row.KeyText("institution_code");
        var type = row.Choice("visit_type", VisitTypes);
        var admitted = row.Date("admitted_on");
        var discharged = row.OptionalDate("discharged_on") ?? admitted;
        var primary = row.Diagnosis("primary_diagnosis");
        var secondary = row.Diagnoses("secondary_diagnoses");
        var procedures = row.Codes("procedures", MedicalCodes.IsProcedureCode, MedicalProblemCodes.InvalidProcedureCode, "ICD-9-CM-3 procedure codes (47.01)");
        var total = row.Amount("total_cost");
        var fund = row.Amount("fund_paid");
        var self = row.Amount("self_paid");
        var settlement = row.Optional("settlement_number");
        if (discharged < admitted)
        {
            row.Report("discharged_on", MedicalProblemCodes.DischargeBeforeAdmission, "The field discharged_on must not be before admitted_on.");
        }
        else if (type == VisitType.Outpatient && discharged != admitted)
        {
            row.Report("discharged_on", MedicalProblemCodes.OutpatientOverNight, "An outpatient visit ends on the day it began; leave discharged_on empty or equal to admitted_on.");
        }

        if (fund + self != total)
        {
            row.Report("total_cost", MedicalProblemCodes.AmountsDoNotAddUp, "The field total_cost must equal fund_paid + self_paid.");
        }

        return new Visit(person, visitId, institution, type, admitted, discharged, primary, secondary, procedures, total, fund, self, settlement, birthYear, sex);
    }

    private static Prescription Prescription(FieldReader row, PersonalIdentifierHasher hasher)
    {
        var id = row.KeyText("prescription_id");
        var (person, _, _) = row.Person("id_number", hasher);
        var visitId = row.KeyText("visit_id");
        var atc = row.Text("atc_code", 7).ToUpperInvariant();
        if (atc.Length > 0 && !MedicalCodes.IsAtcCode(atc))
        {
            row.Report("atc_code", MedicalProblemCodes.InvalidAtcCode, "The field atc_code must be an ATC class (A, A10, A10B, A10BA or A10BA02).");
        }

        return new Prescription(person, id, visitId, atc, row.Date("prescribed_on"));
    }
}
