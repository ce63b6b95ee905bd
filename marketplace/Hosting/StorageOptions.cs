using System.Diagnostics.CodeAnalysis;

namespace DataZones.Marketplace.Hosting;

/// <summary>
/// Where the platform's Table and Blob Storage are (configuration section <c>Storage</c>). Either a connection
/// string (Azurite locally: <c>UseDevelopmentStorage=true</c>, or an account key), or the service URIs, reached with
/// the app's managed identity in Azure. No account key is ever committed.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public string? ConnectionString { get; set; }

    [RequiredInProduction(Unless = nameof(ConnectionString))]
    public Uri? TableServiceUri { get; set; }

    [RequiredInProduction(Unless = nameof(ConnectionString))]
    public Uri? BlobServiceUri { get; set; }

    [RequiredInProduction(Unless = nameof(ConnectionString))]
    public Uri? QueueServiceUri { get; set; }

    /// <summary>The client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    [MemberNotNullWhen(true, nameof(ConnectionString))]
    [MemberNotNullWhen(false, nameof(TableServiceUri), nameof(BlobServiceUri), nameof(QueueServiceUri))]
    public bool UsesConnectionString => !string.IsNullOrWhiteSpace(ConnectionString);

    /// <summary>Fails at start-up, naming the settings, rather than at the first request.</summary>
    public void Validate()
    {
        if (UsesConnectionString) return;
        if (TableServiceUri is null || BlobServiceUri is null || QueueServiceUri is null)
        {
            throw new InvalidOperationException(
                "Storage is not configured: set Storage:ConnectionString, or Storage:TableServiceUri, "
                + "Storage:BlobServiceUri and Storage:QueueServiceUri to use the app's managed identity.");
        }
        if (new[] { TableServiceUri, BlobServiceUri, QueueServiceUri }.Any(uri => uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException(
                "Storage:TableServiceUri, Storage:BlobServiceUri and Storage:QueueServiceUri must be https: a token is never sent in the clear.");
        }
    }
}
