using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Jobs;

/// <summary>
/// Which sources a caller may upload and which jobs it may see: the operator any; a data holder only its own
/// sources (each source belongs to one holder). Staff-key owner ids are letters and digits only, so a holder key
/// for <c>qingdao-tax</c> is owned by <c>qingdao-tax</c> or <c>qingdaotax</c>; both name the holder.
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
        callerHolderId is { Length: > 0 }
        && (string.Equals(callerHolderId, holderId, StringComparison.Ordinal)
            || string.Equals(callerHolderId, holderId.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));
}
