using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataZones.Marketplace.Hosting;

/// <summary>
/// Registers the Azure SDK's Table, Blob and Queue service clients once, from the <c>Storage</c> section, through
/// <c>Microsoft.Extensions.Azure</c> (so they share its logging and options). A connection string means Azurite or an
/// account key; otherwise the service URIs are reached with <see cref="DefaultAzureCredential"/> — the app's managed
/// identity in Azure, so no key exists anywhere. The clients are singletons: they pool connections.
/// </summary>
public static class StorageSetup
{
    public static IServiceCollection AddPlatformStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        options.Validate();
        // The SDK logs every request and response at Information, with entity keys in the URLs (credit codes,
        // hashed identifiers): only its warnings and errors reach the platform's logs.
        services.AddLogging(logging => logging.AddFilter("Azure", LogLevel.Warning));
        services.AddAzureClients(clients =>
        {
            if (options.UsesConnectionString)
            {
                clients.AddTableServiceClient(options.ConnectionString);
                clients.AddBlobServiceClient(options.ConnectionString);
                clients.AddQueueServiceClient(options.ConnectionString).ConfigureOptions(JobQueueEncoding);
                return;
            }
            clients.AddTableServiceClient(options.TableServiceUri);
            clients.AddBlobServiceClient(options.BlobServiceUri);
            clients.AddQueueServiceClient(options.QueueServiceUri).ConfigureOptions(JobQueueEncoding);
            clients.UseCredential(new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                // A user-assigned identity is named by its client id; empty means the system-assigned one, or
                // AZURE_CLIENT_ID when the environment sets it.
                ManagedIdentityClientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? null : options.ManagedIdentityClientId,
            }));
        });
        return services;
    }

    // The Functions host's queue trigger reads and writes base64 messages by default; the poller and the
    // submitter use the same encoding, so a message means the same to both.
    private static void JobQueueEncoding(QueueClientOptions options) => options.MessageEncoding = QueueMessageEncoding.Base64;
}
