using Azure;
using Azure.Core;

namespace DataZones.Storage.Tables;

/// <summary>
/// An entity-group transaction: one <c>$batch</c> request holding one changeset. The service applies all of it or
/// nothing; its limits (1 to 100 actions, one partition, each entity once) are checked here first, so a
/// malformed batch fails with <see cref="ArgumentException"/> without a round-trip.
/// </summary>
internal static class TableTransaction
{
    public const int ActionsMax = 100;

    public static async Task<Response<IReadOnlyList<Response>>> SubmitAsync(
        TableConnection connection, string tableName, IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var list = actions as IReadOnlyList<TableTransactionAction> ?? actions.ToList();
        Validate(list);

        var boundary = Guid.NewGuid().ToString("N");
        var body = TableTransactionRequestWriter.Write(connection.EndpointText, tableName, list, "batch_" + boundary, "changeset_" + boundary);
        using var message = connection.CreateMessage(RequestMethod.Post, "/$batch");
        message.Request.Headers.SetValue(TableProtocol.Headers.ContentType, "multipart/mixed; boundary=batch_" + boundary);
        message.Request.Content = RequestContent.Create(body);
        var response = await connection.SendAsync(message, cancellationToken).ConfigureAwait(false);

        var results = TableTransactionResponseReader.Read(response.Content.ToString());
        foreach (var result in results)
        {
            if (result.IsError) throw TableTransactionResponseReader.CreateFailure(result, list.Count);
        }

        if (results.Count != list.Count)
            throw new RequestFailedException(response.Status, $"The transaction's response held {results.Count} results for {list.Count} actions.", null, null);
        return Response.FromValue<IReadOnlyList<Response>>(results, response);
    }

    private static void Validate(IReadOnlyList<TableTransactionAction> actions)
    {
        if (actions.Count is 0 or > ActionsMax)
            throw new ArgumentException($"A transaction holds 1 to {ActionsMax} actions, not {actions.Count}.", nameof(actions));
        var partitionKey = actions[0].Entity.PartitionKey;
        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            if (!string.Equals(action.Entity.PartitionKey, partitionKey, StringComparison.Ordinal))
                throw new ArgumentException($"A transaction stays in one partition: '{partitionKey}' and '{action.Entity.PartitionKey}' differ.", nameof(actions));
            if (!rowKeys.Add(action.Entity.RowKey))
                throw new ArgumentException($"A transaction touches each entity once; row '{action.Entity.RowKey}' appears twice.", nameof(actions));
        }
    }
}
