using System.Text.Json;
using Azure;
using Azure.Core;
using DataZones.Storage.Pipeline;

namespace DataZones.Storage.Tables;

/// <summary>
/// One table: entity writes with ETag concurrency, point reads, queries and entity-group transactions. Obtained
/// from <see cref="TableServiceClient.GetTableClient"/>; thread-safe, and cheap because it shares the service
/// client's pipeline.
/// </summary>
public class TableClient
{
    private static readonly RequestMethod Merge = RequestMethod.Patch;

    private readonly TableConnection _connection;
    private readonly string _tablePath;

    internal TableClient(TableConnection connection, string tableName)
    {
        ArgumentException.ThrowIfNullOrEmpty(tableName);
        _connection = connection;
        Name = tableName;
        _tablePath = "/" + Uri.EscapeDataString(tableName);
    }

    public string Name { get; }

    /// <summary>Creates the table; an existing table (409 TableAlreadyExists) is not an error.</summary>
    public Task<Response> CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        TableServiceClient.CreateTableIfNotExistsAsync(_connection, Name, cancellationToken);

    /// <summary>Deletes the table; a missing table is not an error.</summary>
    public Task<Response> DeleteAsync(CancellationToken cancellationToken = default) =>
        TableServiceClient.DeleteTableAsync(_connection, Name, cancellationToken);

    /// <summary>Inserts the entity; fails with 409 <c>EntityAlreadyExists</c> if its keys are taken.</summary>
    public async Task<Response> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        using var message = _connection.CreateMessage(RequestMethod.Post, _tablePath);
        message.Request.Headers.SetValue(TableProtocol.Headers.Prefer, TableProtocol.Values.ReturnNoContent);
        TableConnection.SetJsonContent(message, TableEntityJsonWriter.ToUtf8Bytes(entity));
        return await _connection.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Inserts the entity, or merges into / replaces the stored one, unconditionally.</summary>
    public Task<Response> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        WriteEntityAsync(entity, ifMatch: null, mode, cancellationToken);

    /// <summary>
    /// Updates an existing entity if its ETag is still <paramref name="ifMatch"/> (412 when stale, 404 when
    /// missing); <see cref="ETag.All"/> updates whatever version is stored.
    /// </summary>
    public Task<Response> UpdateEntityAsync(TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        if (ifMatch == default)
            throw new ArgumentException("An update needs the ETag it expects; pass ETag.All to update unconditionally.", nameof(ifMatch));
        return WriteEntityAsync(entity, ifMatch.ToString(), mode, cancellationToken);
    }

    /// <summary>
    /// Deletes the entity if its ETag is <paramref name="ifMatch"/> (default: any version). A missing entity is
    /// not an error: the outcome the caller wants already holds.
    /// </summary>
    public async Task<Response> DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        using var message = _connection.CreateMessage(RequestMethod.Delete, TableProtocol.EntityPath(Name, partitionKey, rowKey));
        message.Request.Headers.SetValue(TableProtocol.Headers.IfMatch, ifMatch == default ? TableProtocol.Values.AnyETag : ifMatch.ToString());
        return await _connection.SendAsync(message, cancellationToken, acceptedFailure: 404).ConfigureAwait(false);
    }

    /// <summary>Reads one entity; a missing one throws <see cref="RequestFailedException"/> with status 404.</summary>
    public async Task<Response<TableEntity>> GetEntityAsync(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        var result = await GetEntityIfExistsAsync(partitionKey, rowKey, select, cancellationToken).ConfigureAwait(false);
        return result.HasValue ? Response.FromValue(result.Value!, result.GetRawResponse()) : throw StorageErrors.CreateException(result.GetRawResponse());
    }

    /// <summary>Reads one entity, or answers without a value when it does not exist.</summary>
    public async Task<NullableResponse<TableEntity>> GetEntityIfExistsAsync(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        using var message = _connection.CreateMessage(RequestMethod.Get, TableProtocol.EntityPath(Name, partitionKey, rowKey));
        AppendSelect(message, select);
        var response = await _connection.SendAsync(message, cancellationToken, acceptedFailure: 404).ConfigureAwait(false);
        if (response.Status == 404) return new NoValueResponse<TableEntity>(response);
        using var document = JsonDocument.Parse(response.Content.ToMemory());
        var entity = TableEntityJsonReader.Read(document.RootElement);
        if (entity.ETag == default && response.Headers.ETag is { } etag) entity.ETag = etag;
        return Response.FromValue(entity, response);
    }

    /// <summary>
    /// Queries entities. Pages follow the service's continuation; <c>AsPages(token)</c> resumes from a page's
    /// <see cref="Page{T}.ContinuationToken"/>. Build <paramref name="filter"/> with <see cref="CreateQueryFilter"/>.
    /// </summary>
    public AsyncPageable<TableEntity> QueryAsync(string? filter = null, int? maxPerPage = null, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        var selected = select is null ? null : string.Join(',', select);
        return new PageFunctionAsyncPageable<TableEntity>(
            (token, pageSize, ct) => QueryPageAsync(filter, pageSize, selected, token, ct), maxPerPage, cancellationToken);
    }

    /// <summary>
    /// Runs 1 to 100 actions on one partition as one entity-group transaction: all are applied or none. A refusal
    /// throws <see cref="TableTransactionFailedException"/> naming the failing action.
    /// </summary>
    /// <returns>One sub-response per action, in order (status, and the new ETag of writes).</returns>
    public Task<Response<IReadOnlyList<Response>>> SubmitTransactionAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken = default) =>
        TableTransaction.SubmitAsync(_connection, Name, actions, cancellationToken);

    /// <summary>
    /// An OData filter from an interpolated string, each value formatted as a literal of its type:
    /// <c>CreateQueryFilter($"PartitionKey eq {pk} and Amount gt {100L}")</c>. The only way filters built from input should be made.
    /// </summary>
    public static string CreateQueryFilter(FormattableString filter) => TableQueryFilter.Create(filter);

    private async Task<Response> WriteEntityAsync(TableEntity entity, string? ifMatch, TableUpdateMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var method = mode == TableUpdateMode.Replace ? RequestMethod.Put : Merge;
        using var message = _connection.CreateMessage(method, TableProtocol.EntityPath(Name, entity.PartitionKey, entity.RowKey));
        if (ifMatch is not null) message.Request.Headers.SetValue(TableProtocol.Headers.IfMatch, ifMatch);
        TableConnection.SetJsonContent(message, TableEntityJsonWriter.ToUtf8Bytes(entity));
        return await _connection.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Page<TableEntity>> QueryPageAsync(string? filter, int? top, string? select, string? continuationToken, CancellationToken cancellationToken)
    {
        using var message = _connection.CreateMessage(RequestMethod.Get, _tablePath + "()");
        var uri = message.Request.Uri;
        if (!string.IsNullOrEmpty(filter)) uri.AppendQuery("$filter", filter, escapeValue: true);
        if (top is > 0) uri.AppendQuery("$top", top.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), escapeValue: false);
        if (select is not null) uri.AppendQuery("$select", select, escapeValue: true);
        if (continuationToken is not null)
        {
            var (nextPartitionKey, nextRowKey) = TableContinuationToken.Decode(continuationToken);
            uri.AppendQuery("NextPartitionKey", nextPartitionKey, escapeValue: true);
            if (nextRowKey is not null) uri.AppendQuery("NextRowKey", nextRowKey, escapeValue: true);
        }

        var response = await _connection.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var entities = new List<TableEntity>();
        using (var document = JsonDocument.Parse(response.Content.ToMemory()))
        {
            foreach (var element in document.RootElement.GetProperty("value").EnumerateArray())
                entities.Add(TableEntityJsonReader.Read(element));
        }

        response.Headers.TryGetValue(TableContinuationToken.NextPartitionKeyHeader, out var partitionKey);
        response.Headers.TryGetValue(TableContinuationToken.NextRowKeyHeader, out var rowKey);
        return Page<TableEntity>.FromValues(entities, TableContinuationToken.Encode(partitionKey, rowKey), response);
    }

    private static void AppendSelect(HttpMessage message, IEnumerable<string>? select)
    {
        if (select is not null) message.Request.Uri.AppendQuery("$select", string.Join(',', select), escapeValue: true);
    }
}
