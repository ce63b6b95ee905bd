using Azure.Core;
using Azure.Core.Pipeline;
using DataZones.Storage.Pipeline;

namespace DataZones.Storage.Blobs;

/// <summary>
/// The Blob service of one storage account; hands out container clients that share its pipeline and connection
/// pool. Create one per account and keep it.
/// </summary>
public class BlobServiceClient
{
    private readonly BlobConnection _connection;

    /// <param name="connectionString">A storage connection string (see <see cref="StorageConnectionString"/>) carrying the account key.</param>
    /// <param name="options">Retry, pool and upload settings; null for the defaults.</param>
    public BlobServiceClient(string connectionString, BlobClientOptions? options = null)
        : this(StorageConnectionString.Parse(connectionString), options ?? new BlobClientOptions())
    {
    }

    /// <summary>A client authenticating with an Entra ID token credential; it cannot sign SAS links.</summary>
    public BlobServiceClient(Uri endpoint, TokenCredential credential, BlobClientOptions? options = null)
        : this(endpoint, StoragePipeline.TokenPolicy(credential ?? throw new ArgumentNullException(nameof(credential))), null, options ?? new BlobClientOptions())
    {
    }

    public BlobServiceClient(Uri endpoint, StorageSharedKeyCredential credential, BlobClientOptions? options = null)
        : this(endpoint, StoragePipeline.SharedKeyPolicy(credential ?? throw new ArgumentNullException(nameof(credential)), tableService: false), credential, options ?? new BlobClientOptions())
    {
    }

    private BlobServiceClient(StorageConnectionString connection, BlobClientOptions options)
        : this(connection.BlobEndpoint, connection.Credential ?? throw new FormatException("The connection string has no AccountKey."), options)
    {
    }

    private BlobServiceClient(Uri endpoint, HttpPipelinePolicy authentication, StorageSharedKeyCredential? sharedKey, BlobClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        _connection = new BlobConnection(StoragePipeline.Build(options, authentication, options.MaxConnectionsPerServer), endpoint, sharedKey, options);
    }

    public Uri Uri => _connection.Endpoint;

    public BlobContainerClient GetBlobContainerClient(string containerName) => new(_connection, containerName);
}
