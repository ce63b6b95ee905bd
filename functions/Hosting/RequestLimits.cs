using DataZones.Marketplace.Access;
using DataZones.Marketplace.Hosting;

namespace DataZones.Functions.Hosting;

/// <summary>
/// Kestrel's limits raised deliberately above the app's own, so that what is too big reaches the app and is refused
/// there with a problem, not with the server's bare status:
/// <list type="bullet">
/// <item>headers in total 64 KiB (default 32 KiB): an over-long bearer token is refused as a 401 problem
/// (<see cref="EntraIdBearerSetup.TokenLengthMax"/>) instead of a bare 431;</item>
/// <item>the request line 32 KiB (default 8 KiB): an address over the app's
/// <see cref="RequestTargetLimit.TargetBytesMax"/> (8 KiB) gets a 414 problem instead of a bare 414.</item>
/// </list>
/// Beyond these Kestrel still answers by itself, before the app sees the request (listed in docs/problems.md). The
/// app is served over HTTP/1.1 (behind the Functions host, or directly by <c>scripts/run</c>), so HTTP/2's per-field
/// limit does not come into play.
/// </summary>
public static class RequestLimits
{
    public const int HeadersTotalBytesMax = 64 * 1024;

    public const int RequestLineBytesMax = 32 * 1024;

    public static void UsePlatformRequestLimits(this ConfigureWebHostBuilder webHost) =>
        webHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestHeadersTotalSize = HeadersTotalBytesMax;
            kestrel.Limits.MaxRequestLineSize = RequestLineBytesMax;
        });
}
