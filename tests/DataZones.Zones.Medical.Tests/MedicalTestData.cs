namespace DataZones.Zones.Medical.Tests;

/// <summary>Shared fixtures: synthetic identity numbers (valid check digits) and file lines.</summary>
internal static class MedicalTestData
{
    public const string Person = "370202199003071233";
    public const string OtherPerson = "370283197001010006";

    public const string VisitsHeader = "visit_id,id_number,institution_code,visit_type,admitted_on,discharged_on,primary_diagnosis,secondary_diagnoses,procedures,total_cost,fund_paid,self_paid,settlement_number";

    /// <summary>A claim matching <see cref="VisitLine"/>'s defaults, as a request body.</summary>
    public static Dictionary<string, object?> Claim(string consentId, string person = Person, string reference = "CLM-1") => new()
    {
        ["claimReference"] = reference,
        ["identityNumber"] = person,
        ["consentId"] = consentId,
        ["policy"] = new { startsOn = "2025-01-01", endsOn = "2026-12-31", waitingPeriodDays = 30 },
        ["institutionCode"] = "QD370202-01",
        ["admittedOn"] = "2026-03-02",
        ["dischargedOn"] = "2026-03-09",
        ["diagnoses"] = new[] { "K35.8" },
        ["procedures"] = new[] { "47.09" },
        ["claimedAmount"] = 5000.00m,
        ["settlementNumber"] = "YB0001",
    };

    public static string Csv(params string[] lines) => string.Join("\n", lines) + "\n";

    public static string VisitLine(
        string visitId = "V1", string person = Person, string institution = "QD370202-01", string type = "inpatient",
        string admitted = "2026-03-02", string discharged = "2026-03-09", string primary = "K35.8", string secondary = "I10",
        string procedures = "47.09", string total = "23456.78", string fund = "16000.00", string self = "7456.78", string settlement = "YB0001") =>
        string.Join(',', visitId, person, institution, type, admitted, discharged, primary, secondary, procedures, total, fund, self, settlement);
}
