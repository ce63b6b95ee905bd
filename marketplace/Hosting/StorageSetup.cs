using Azure.Identity;
using DataZones.Storage.Blobs;
using DataZones.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Marketplace.Hosting;

/// <summary>Registers the Table and Blob service clients, one each for the app's lifetime (they pool connections).</summary>
public static class StorageSetup
{
    public static IServiceCollection AddPlatformStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            services.AddSingleton(new TableServiceClient(options.ConnectionString));
            services.AddSingleton(new BlobServiceClient(options.ConnectionString));
            return services;
        }
        if (options.TableServiceUri is null || options.BlobServiceUri is null)
        {
            throw new InvalidOperationException(
                "Storage is not configured: set Storage:ConnectionString, or Storage:TableServiceUri and "
                + "Storage:BlobServiceUri to use the app's managed identity.");
        }
        var credential = new DefaultAzureCredential();
        services.AddSingleton(new TableServiceClient(options.TableServiceUri, credential));
        services.AddSingleton(new BlobServiceClient(options.BlobServiceUri, credential));
        return services;
    }
}
