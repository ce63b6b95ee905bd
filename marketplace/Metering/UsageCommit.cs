using Azure.Data.Tables;

namespace DataZones.Marketplace.Metering;

/// <summary>
/// Submits a batch of usage rows and tells whether it is durable. An entity-group transaction is atomic, so the
/// batch committed exactly when its first row is there carrying its first request id; that read-back, not the
/// error an answer came with, decides. A 409 after the SDK retried a committed attempt, a timeout or a dropped
/// connection after the commit are all confirmed this way and are not failures.
/// </summary>
internal static class UsageCommit
{
    /// <summary>Returns once the batch is confirmed durable; throws the submit's own failure when it is not (or cannot be told).</summary>
    public static async Task SubmitAsync(TableClient table, List<TableTransactionAction> actions, string firstRequestId)
    {
        try
        {
            await table.SubmitTransactionAsync(actions, CancellationToken.None);
        }
        catch (Exception submitFailure) when (submitFailure is not OperationCanceledException)
        {
            if (!await IsCommittedAsync(table, actions[0].Entity, firstRequestId)) throw;
        }
    }

    private static async Task<bool> IsCommittedAsync(TableClient table, ITableEntity first, string firstRequestId)
    {
        try
        {
            var found = await table.GetEntityIfExistsAsync<TableEntity>(first.PartitionKey, first.RowKey, cancellationToken: CancellationToken.None);
            return found.HasValue && found.Value!.GetString("RequestId") == firstRequestId;
        }
        catch (Exception readFailure) when (readFailure is not OperationCanceledException)
        {
            return false; // cannot tell: not confirmed, so the callers are answered 503 and the chain moves on
        }
    }
}
