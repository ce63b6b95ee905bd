using Azure;

namespace DataZones.Storage.Tables;

/// <summary>
/// An entity-group transaction that the service refused: nothing of it was written.
/// <see cref="FailedTransactionActionIndex"/> names the action that failed, counting from zero in the order given.
/// </summary>
public sealed class TableTransactionFailedException : RequestFailedException
{
    public TableTransactionFailedException(int status, string message, string? errorCode, int? failedTransactionActionIndex)
        : base(status, message, errorCode, null)
    {
        FailedTransactionActionIndex = failedTransactionActionIndex;
    }

    /// <summary>The index of the failing action, or null when the service did not say (e.g. a malformed batch).</summary>
    public int? FailedTransactionActionIndex { get; }
}
