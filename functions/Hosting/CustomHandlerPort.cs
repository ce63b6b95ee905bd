using System.Globalization;

namespace DataZones.Functions.Hosting;

/// <summary>
/// Under the Azure Functions host the app is a custom handler: the host tells it which loopback port to listen on
/// in <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> and forwards every request there. That variable is also how the app knows
/// it runs under the host (its timer invocations arrive as requests; elsewhere a local scheduler runs the jobs).
/// Elsewhere the usual ASP.NET Core URL settings apply (<c>scripts/run</c> passes <c>--urls</c>).
/// </summary>
public static class CustomHandlerPort
{
    public const string VariableName = "FUNCTIONS_CUSTOMHANDLER_PORT";

    /// <summary>The port the host gave, or null when the app does not run under the Functions host.</summary>
    /// <exception cref="InvalidOperationException">The variable is set but is not a TCP port.</exception>
    public static int? Read(IConfiguration configuration)
    {
        var value = configuration[VariableName];
        if (string.IsNullOrEmpty(value)) return null;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new InvalidOperationException($"{VariableName} must be a TCP port number; it is '{value}'.");
        }
        return port;
    }

    public static void UseCustomHandlerPortWhenSet(this ConfigureWebHostBuilder webHost, IConfiguration configuration)
    {
        if (Read(configuration) is not { } port) return;
        webHost.UseUrls(LoopbackUrl(port));
    }

    /// <summary>The address the host sends to: <c>http://127.0.0.1:{port}</c>.</summary>
    public static string LoopbackUrl(int port) => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
}
