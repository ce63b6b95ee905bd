using System.Buffers;
using System.Text;
using System.Text.Json;

namespace DataZones.Storage.Tables;

/// <summary>
/// Writes the multipart/mixed body of a <c>$batch</c> request: one changeset, one embedded HTTP request per action
/// ("Performing entity group transactions", Table service REST reference). Entity bodies are single-line JSON.
/// </summary>
internal static class TableTransactionRequestWriter
{
    private const string NewLine = "\r\n";

    public static byte[] Write(string endpoint, string tableName, IReadOnlyList<TableTransactionAction> actions, string batchBoundary, string changesetBoundary)
    {
        var buffer = new ArrayBufferWriter<byte>(256 * actions.Count + 512);
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        Text(buffer, $"--{batchBoundary}{NewLine}Content-Type: multipart/mixed; boundary={changesetBoundary}{NewLine}{NewLine}");
        var tableUrl = endpoint + "/" + Uri.EscapeDataString(tableName);
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            var entity = action.Entity;
            var entityUrl = endpoint + TableProtocol.EntityPath(tableName, entity.PartitionKey, entity.RowKey);
            var (method, url, ifMatch, hasBody) = action.ActionType switch
            {
                TableTransactionActionType.Add => ("POST", tableUrl, null, true),
                TableTransactionActionType.Delete => ("DELETE", entityUrl, ETagOrAny(action), false),
                TableTransactionActionType.UpdateMerge => ("MERGE", entityUrl, ETagOrAny(action), true),
                TableTransactionActionType.UpdateReplace => ("PUT", entityUrl, ETagOrAny(action), true),
                TableTransactionActionType.UpsertMerge => ("MERGE", entityUrl, (string?)null, true),
                TableTransactionActionType.UpsertReplace => ("PUT", entityUrl, (string?)null, true),
                _ => throw new ArgumentOutOfRangeException(nameof(actions), action.ActionType, "Unknown transaction action type."),
            };

            Text(buffer,
                $"--{changesetBoundary}{NewLine}Content-Type: application/http{NewLine}Content-Transfer-Encoding: binary{NewLine}Content-ID: {i + 1}{NewLine}{NewLine}" +
                $"{method} {url} HTTP/1.1{NewLine}Accept: {TableProtocol.Values.AcceptJson}{NewLine}DataServiceVersion: 3.0{NewLine}");
            if (ifMatch is not null) Text(buffer, $"If-Match: {ifMatch}{NewLine}");
            if (hasBody)
            {
                Text(buffer, $"Content-Type: application/json{NewLine}Prefer: return-no-content{NewLine}{NewLine}");
                json.Reset(buffer);
                TableEntityJsonWriter.Write(json, entity);
                json.Flush();
                Text(buffer, NewLine);
            }
            else
            {
                // The end of the embedded headers, then the delimiter's own line break.
                Text(buffer, NewLine + NewLine);
            }
        }

        Text(buffer, $"--{changesetBoundary}--{NewLine}--{batchBoundary}--{NewLine}");
        return buffer.WrittenSpan.ToArray();
    }

    private static string ETagOrAny(TableTransactionAction action) =>
        action.ETag == default ? TableProtocol.Values.AnyETag : action.ETag.ToString();

    private static void Text(ArrayBufferWriter<byte> buffer, string text)
    {
        var span = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        buffer.Advance(Encoding.UTF8.GetBytes(text, span));
    }
}
