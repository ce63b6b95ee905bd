using DataZones.Marketplace.Problems;

namespace DataZones.Marketplace.Billing;

/// <summary>The problem types of the billing and settlement routes (listed at <c>/problems</c>).</summary>
public static class BillingProblems
{
    public static readonly ProblemType InvoiceStateConflict = new("invoice-state-conflict", "The invoice's state does not allow this.", 409);
    public static readonly ProblemType InvalidAllocationPolicy = new("invalid-allocation-policy", "The allocation policy breaks one or more rules.", 400);
    public static readonly ProblemType PeriodNotEnded = new("period-not-ended", "The month has not ended yet in business time.", 409);

    public static readonly ProblemType SettlementOutOfOrder = new("settlement-out-of-order", "Months settle in order: an earlier month must be settled first, and a month after a settled one cannot be.", 409);

    public static IReadOnlyList<ProblemType> All { get; } = [InvoiceStateConflict, InvalidAllocationPolicy, PeriodNotEnded, SettlementOutOfOrder];
}
