using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Jobs;

/// <summary>
/// Which sources a caller may upload and which jobs it may see: the operator any; a data holder only its own
/// sources (each source belongs to one holder), named by the holder id its staff key carries (e.g. <c>qingdao-tax</c>).
/// </summary>
public static class FinanceHolderAccess
{
    public static bool MayUpload(string? callerHolderId, bool isOperator, FinanceSource source) =>
        isOperator || Names(callerHolderId, FinanceSources.Holder(source).Id);

    public static bool MaySee(string? callerHolderId, bool isOperator, IngestionJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return isOperator || Names(callerHolderId, job.HolderId);
    }

    private static bool Names(string? callerHolderId, string holderId) =>
        callerHolderId is { Length: > 0 } && string.Equals(callerHolderId, holderId, StringComparison.Ordinal);
}
