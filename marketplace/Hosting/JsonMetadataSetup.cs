using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Marketplace.Hosting;

/// <summary>How a zone adds its compile-time JSON metadata (its request bodies) to the API's JSON options.</summary>
public static class JsonMetadataSetup
{
    public static IServiceCollection AddJsonMetadata(this IServiceCollection services, IJsonTypeInfoResolver context) =>
        services.ConfigureHttpJsonOptions(options => PlatformJson.AddGeneratedMetadata(options.SerializerOptions, context));
}
