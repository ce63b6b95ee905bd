namespace DataZones.Marketplace.Hosting;

/// <summary>
/// Where the platform's Table and Blob Storage are (configuration section <c>Storage</c>). Either a connection
/// string (Azurite locally: <c>UseDevelopmentStorage=true</c>), or the two service URIs, reached with the app's
/// managed identity in Azure. No account key is ever committed.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public string? ConnectionString { get; set; }

    public Uri? TableServiceUri { get; set; }

    public Uri? BlobServiceUri { get; set; }
}
