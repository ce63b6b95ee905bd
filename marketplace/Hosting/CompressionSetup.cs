using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Marketplace.Hosting;

/// <summary>
/// Response compression, negotiated by <c>Accept-Encoding</c> (br preferred, then gzip), for the data answers — JSON,
/// CoverageJSON, CSV and NetCDF — with the framework's middleware at its fastest level: gridded values compress three
/// to five times, and on a paid answer the transfer, not the CPU, is what a researcher waits for. It is a content
/// coding: the receipt's body hash is over the bytes the client has after decoding, the body the app rendered.
/// Compression over HTTPS is safe here because credentials travel in request headers, never in cookies a third
/// party could make a browser send (BREACH needs both).
/// </summary>
public static class CompressionSetup
{
    /// <summary>The media types compressed; answers already compressed (Zarr chunks come from Blob Storage) are not here.</summary>
    public static readonly string[] MediaTypes =
    [
        "application/json", "application/problem+json", "application/prs.coverage+json", "text/csv", "application/x-netcdf",
    ];

    public static IServiceCollection AddPlatformCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = MediaTypes;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
