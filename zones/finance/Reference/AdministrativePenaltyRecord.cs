namespace DataZones.Zones.Finance.Reference;

/// <summary>An administrative penalty decision (行政处罚决定) against an enterprise.</summary>
/// <param name="CreditCode">The enterprise.</param>
/// <param name="DecisionNumber">The decision's document number (决定书文号), unique per holder.</param>
/// <param name="DecidedOn">Date of the decision.</param>
/// <param name="Severity">How serious the penalty is.</param>
public sealed record AdministrativePenaltyRecord(
    string CreditCode, string DecisionNumber, DateOnly DecidedOn, PenaltySeverity Severity) : IFinanceReferenceRecord
{
    public FinanceSource Source => FinanceSource.AdministrativePenalty;

    public string RowKey => FinanceRowKeys.AdministrativePenalty(DecisionNumber);
}
