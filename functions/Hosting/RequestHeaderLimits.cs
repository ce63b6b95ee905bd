using DataZones.Marketplace.Access;

namespace DataZones.Functions.Hosting;

/// <summary>
/// Kestrel's limit on the total size of a request's headers, raised from its default of 32 KiB to 64 KiB, so that an
/// over-long bearer token reaches the app and is refused there as a 401 problem
/// (<see cref="EntraIdBearerSetup.TokenLengthMax"/>) instead of a bare 431 from the server. Beyond 64 KiB of headers
/// Kestrel still answers 431 before the app sees the request. The app is served over HTTP/1.1 (behind the Functions
/// host, or directly by <c>scripts/run</c>), so HTTP/2's per-field limit does not come into play.
/// </summary>
public static class RequestHeaderLimits
{
    public const int HeadersTotalBytesMax = 64 * 1024;

    public static void UsePlatformRequestHeaderLimits(this ConfigureWebHostBuilder webHost) =>
        webHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestHeadersTotalSize = HeadersTotalBytesMax);
}
