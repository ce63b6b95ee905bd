using Azure.Identity;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Marketplace.Hosting;

/// <summary>
/// Registers the Azure SDK's Table and Blob service clients once, from the <c>Storage</c> section, through
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
        services.AddAzureClients(clients =>
        {
            if (options.UsesConnectionString)
            {
                clients.AddTableServiceClient(options.ConnectionString);
                clients.AddBlobServiceClient(options.ConnectionString);
                return;
            }
            clients.AddTableServiceClient(options.TableServiceUri);
            clients.AddBlobServiceClient(options.BlobServiceUri);
            clients.UseCredential(new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                // A user-assigned identity is named by its client id; empty means the system-assigned one, or
                // AZURE_CLIENT_ID when the environment sets it.
                ManagedIdentityClientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? null : options.ManagedIdentityClientId,
            }));
        });
        return services;
    }
}
