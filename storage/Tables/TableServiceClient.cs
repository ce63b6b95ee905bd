using System.Text.Json;
using Azure;
using Azure.Core;
using DataZones.Storage.Pipeline;

namespace DataZones.Storage.Tables;

/// <summary>
/// The Table service of one storage account: creates, deletes and lists tables, and hands out
/// <see cref="TableClient"/>s that share its pipeline and connection pool. Create one per account and keep it.
/// </summary>
public class TableServiceClient
{
    private readonly TableConnection _connection;

    /// <param name="connectionString">A storage connection string (see <see cref="StorageConnectionString"/>); it must carry the account key.</param>
    /// <param name="options">Retry, diagnostics and connection-pool settings; null for the defaults.</param>
    public TableServiceClient(string connectionString, TableClientOptions? options = null)
        : this(StorageConnectionString.Parse(connectionString), options ?? new TableClientOptions())
    {
    }

    /// <summary>A client authenticating with an Entra ID token credential (managed identity in Azure).</summary>
    public TableServiceClient(Uri endpoint, TokenCredential credential, TableClientOptions? options = null)
        : this(endpoint, StoragePipeline.TokenPolicy(credential ?? throw new ArgumentNullException(nameof(credential))), options ?? new TableClientOptions())
    {
    }

    public TableServiceClient(Uri endpoint, StorageSharedKeyCredential credential, TableClientOptions? options = null)
        : this(endpoint, StoragePipeline.SharedKeyPolicy(credential ?? throw new ArgumentNullException(nameof(credential)), tableService: true), options ?? new TableClientOptions())
    {
    }

    private TableServiceClient(StorageConnectionString connection, TableClientOptions options)
        : this(connection.TableEndpoint,
               StoragePipeline.SharedKeyPolicy(connection.Credential ?? throw new FormatException("The connection string has no AccountKey."), tableService: true),
               options)
    {
    }

    private TableServiceClient(Uri endpoint, Azure.Core.Pipeline.HttpPipelinePolicy authentication, TableClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        _connection = new TableConnection(StoragePipeline.Build(options, authentication, options.MaxConnectionsPerServer), endpoint);
    }

    public Uri Uri => _connection.Endpoint;

    public TableClient GetTableClient(string tableName) => new(_connection, tableName);

    /// <summary>Creates the table; an existing table (409 TableAlreadyExists) is not an error.</summary>
    public Task<Response> CreateTableIfNotExistsAsync(string tableName, CancellationToken cancellationToken = default) =>
        CreateTableIfNotExistsAsync(_connection, tableName, cancellationToken);

    /// <summary>Deletes the table; a missing table is not an error.</summary>
    public Task<Response> DeleteTableAsync(string tableName, CancellationToken cancellationToken = default) =>
        DeleteTableAsync(_connection, tableName, cancellationToken);

    /// <summary>Lists tables, optionally filtered (e.g. <c>TableName ge 'usage2025'</c>).</summary>
    public AsyncPageable<TableItem> QueryAsync(string? filter = null, int? maxPerPage = null, CancellationToken cancellationToken = default) =>
        new PageFunctionAsyncPageable<TableItem>((token, top, ct) => QueryPageAsync(filter, top, token, ct), maxPerPage, cancellationToken);

    internal static async Task<Response> CreateTableIfNotExistsAsync(TableConnection connection, string tableName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tableName);
        using var message = connection.CreateMessage(RequestMethod.Post, "/Tables");
        message.Request.Headers.SetValue(TableProtocol.Headers.Prefer, TableProtocol.Values.ReturnNoContent);
        TableConnection.SetJsonContent(message, TableNameJson(tableName));
        return await connection.SendAsync(message, cancellationToken, acceptedFailure: 409).ConfigureAwait(false);
    }

    internal static async Task<Response> DeleteTableAsync(TableConnection connection, string tableName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tableName);
        using var message = connection.CreateMessage(RequestMethod.Delete, "/Tables('" + Uri.EscapeDataString(tableName) + "')");
        return await connection.SendAsync(message, cancellationToken, acceptedFailure: 404).ConfigureAwait(false);
    }

    private async Task<Page<TableItem>> QueryPageAsync(string? filter, int? top, string? continuationToken, CancellationToken cancellationToken)
    {
        using var message = _connection.CreateMessage(RequestMethod.Get, "/Tables");
        var uri = message.Request.Uri;
        if (!string.IsNullOrEmpty(filter)) uri.AppendQuery("$filter", filter, escapeValue: true);
        if (top is > 0) uri.AppendQuery("$top", top.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), escapeValue: false);
        if (continuationToken is not null) uri.AppendQuery("NextTableName", continuationToken, escapeValue: true);

        var response = await _connection.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var tables = new List<TableItem>();
        using (var document = JsonDocument.Parse(response.Content.ToMemory()))
        {
            foreach (var table in document.RootElement.GetProperty("value").EnumerateArray())
                tables.Add(new TableItem(table.GetProperty("TableName").GetString()!));
        }

        response.Headers.TryGetValue(TableContinuationToken.NextTableNameHeader, out var next);
        return Page<TableItem>.FromValues(tables, string.IsNullOrEmpty(next) ? null : next, response);
    }

    private static byte[] TableNameJson(string tableName)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("TableName", tableName);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }
}
