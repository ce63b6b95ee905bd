using System.Net;
using Azure.Core;
using Azure.Core.Pipeline;
using DataZones.Storage.Authentication;

namespace DataZones.Storage.Pipeline;

/// <summary>Builds the one <see cref="HttpPipeline"/> a service client and all its child clients share.</summary>
internal static class StoragePipeline
{
    /// <summary>The OAuth scope of Azure Storage data-plane tokens.</summary>
    public const string TokenScope = "https://storage.azure.com/.default";

    /// <summary>Which signing policy a Shared Key credential gets: the two services sign differently.</summary>
    public static HttpPipelinePolicy SharedKeyPolicy(StorageSharedKeyCredential credential, bool tableService) =>
        tableService ? new TableSharedKeyPolicy(credential) : new BlobSharedKeyPolicy(credential);

    public static HttpPipelinePolicy TokenPolicy(TokenCredential credential) =>
        new BearerTokenAuthenticationPolicy(credential, TokenScope);

    /// <summary>
    /// Authentication is per-retry so every attempt is signed afresh. The default classifier retries 408, 429,
    /// 500, 502, 503, 504 and transport failures, and never 409 or 412, which are answers, not faults.
    /// </summary>
    public static HttpPipeline Build(ClientOptions options, HttpPipelinePolicy authentication, int maxConnectionsPerServer)
    {
        // Azure.Core's default transport is one process-wide HttpClient; the metering writes want their own pool
        // with many connections, so a client whose caller did not choose a transport gets one of its own.
        if (ReferenceEquals(options.Transport, HttpClientTransport.Shared))
            options.Transport = new HttpClientTransport(CreateHandler(maxConnectionsPerServer));

        return HttpPipelineBuilder.Build(
            options,
            perCallPolicies: [new StorageVersionPolicy()],
            perRetryPolicies: [new StorageDatePolicy(TimeProvider.System), authentication],
            new ResponseClassifier());
    }

    private static SocketsHttpHandler CreateHandler(int maxConnectionsPerServer) => new()
    {
        MaxConnectionsPerServer = maxConnectionsPerServer,
        // Recycle pooled connections so DNS changes (failover, scale) are picked up.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(60),
        AutomaticDecompression = DecompressionMethods.None,
        AllowAutoRedirect = false,
        UseCookies = false,
        UseProxy = false,
    };
}
