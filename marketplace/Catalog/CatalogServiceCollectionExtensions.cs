using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Marketplace.Catalog;

/// <summary>How a zone tells the platform about its products.</summary>
public static class CatalogServiceCollectionExtensions
{
    /// <summary>Registers a product; ids must be unique across zones (checked when the catalog starts).</summary>
    public static IServiceCollection AddProduct(this IServiceCollection services, ProductDescriptor product) =>
        services.AddSingleton(product);
}
