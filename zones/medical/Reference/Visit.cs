namespace DataZones.Zones.Medical.Reference;

/// <summary>
/// One hospital visit as the health commission records it. The zone never answers with these values: verifications
/// compare a claim with them and answer with flags. Birth year and sex are taken from the identity number at
/// ingestion (its only clear use), for the research aggregates' age bands.
/// </summary>
/// <param name="PersonKey">The keyed hash of the person's identity number (the partition).</param>
/// <param name="VisitId">The commission's id of the visit.</param>
/// <param name="InstitutionCode">The medical institution's code.</param>
/// <param name="Type">Inpatient or outpatient.</param>
/// <param name="AdmittedOn">The first day of the visit.</param>
/// <param name="DischargedOn">The last day of the visit; an outpatient visit's is its admission day.</param>
/// <param name="PrimaryDiagnosis">The ICD-10 code of the main diagnosis.</param>
/// <param name="SecondaryDiagnoses">Further ICD-10 codes recorded for the visit.</param>
/// <param name="Procedures">ICD-9-CM-3 procedure codes (e.g. <c>47.01</c>).</param>
/// <param name="TotalCost">The visit's total cost in yuan: <paramref name="FundPaid"/> + <paramref name="SelfPaid"/>.</param>
/// <param name="FundPaid">What the medical-insurance fund paid.</param>
/// <param name="SelfPaid">What the person paid: the most a supplementary insurer can be asked to cover.</param>
/// <param name="SettlementNumber">The medical-insurance settlement number (医保结算号), when the fund paid.</param>
/// <param name="BirthYear">From the identity number.</param>
/// <param name="Sex">From the identity number.</param>
public sealed record Visit(
    string PersonKey,
    string VisitId,
    string InstitutionCode,
    VisitType Type,
    DateOnly AdmittedOn,
    DateOnly DischargedOn,
    string PrimaryDiagnosis,
    IReadOnlyList<string> SecondaryDiagnoses,
    IReadOnlyList<string> Procedures,
    decimal TotalCost,
    decimal FundPaid,
    decimal SelfPaid,
    string? SettlementNumber,
    int BirthYear,
    Sex Sex) : IMedicalRecord
{
    public string RowKey => MedicalRowKeys.Visit(VisitId);

    /// <summary>Every diagnosis of the visit, primary first.</summary>
    public IEnumerable<string> Diagnoses => SecondaryDiagnoses.Prepend(PrimaryDiagnosis);

    /// <summary>Nights in hospital (0 for an outpatient visit).</summary>
    public int LengthOfStayDays => DischargedOn.DayNumber - AdmittedOn.DayNumber;
}
