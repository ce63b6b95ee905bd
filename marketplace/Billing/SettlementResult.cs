namespace DataZones.Marketplace.Billing;

/// <summary>What settling a month did.</summary>
/// <param name="Period">The settlement month, <c>yyyy-MM</c>.</param>
/// <param name="Documents">Documents looked at: the month's own and those that became final in it.</param>
/// <param name="DraftsSkipped">Documents not final (drafts, and drafts superseded before issue): not income, never settled here.</param>
/// <param name="SettledElsewhere">Final documents that settle in another month (already with their own month, or of a month not settled yet).</param>
/// <param name="LinesSettled">Lines settled by this run.</param>
/// <param name="LinesAlreadySettled">Lines an earlier run settled (left as they are).</param>
/// <param name="Conflicts">Settled lines whose document now says something else: listed, never overwritten (a correction is a void and a credit note).</param>
/// <param name="ProductsWithoutPolicy">Products neither in the catalog nor with a stored policy: their lines wait.</param>
public sealed record SettlementResult(
    string Period,
    int Documents,
    int DraftsSkipped,
    int SettledElsewhere,
    int LinesSettled,
    int LinesAlreadySettled,
    IReadOnlyList<string> Conflicts,
    IReadOnlyList<string> ProductsWithoutPolicy);
