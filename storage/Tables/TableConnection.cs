using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using DataZones.Storage.Pipeline;

namespace DataZones.Storage.Tables;

/// <summary>What a service client and its table clients share: the pipeline and the account's endpoint.</summary>
internal sealed class TableConnection(HttpPipeline pipeline, Uri endpoint)
{
    public HttpPipeline Pipeline { get; } = pipeline;

    /// <summary>The account's table endpoint, e.g. <c>http://127.0.0.1:10002/devstoreaccount1</c>.</summary>
    public Uri Endpoint { get; } = endpoint;

    /// <summary>The endpoint as text without a trailing slash, for the absolute URLs inside a batch.</summary>
    public string EndpointText { get; } = endpoint.AbsoluteUri.TrimEnd('/');

    /// <summary>A request to <paramref name="escapedPath"/> (already percent-encoded) under the endpoint, asking for JSON.</summary>
    public HttpMessage CreateMessage(RequestMethod method, string escapedPath)
    {
        var message = Pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(Endpoint);
        request.Uri.AppendPath(escapedPath, escape: false);
        request.Headers.SetValue(TableProtocol.Headers.Accept, TableProtocol.Values.AcceptJson);
        request.Headers.SetValue(TableProtocol.Headers.DataServiceVersion, TableProtocol.Values.DataServiceVersion);
        return message;
    }

    public static void SetJsonContent(HttpMessage message, byte[] json)
    {
        message.Request.Headers.SetValue(TableProtocol.Headers.ContentType, TableProtocol.Values.Json);
        message.Request.Content = RequestContent.Create(json);
    }

    /// <summary>Sends, and throws <see cref="RequestFailedException"/> unless the status is a success or <paramref name="acceptedFailure"/> (0: none).</summary>
    public async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken, int acceptedFailure = 0)
    {
        await Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        if (response.Status >= 400 && response.Status != acceptedFailure) throw StorageErrors.CreateException(response);
        return response;
    }
}
