using System.Globalization;

namespace DataZones.Functions.Hosting;

/// <summary>
/// Under the Azure Functions host the app is a custom handler: the host tells it which loopback port to listen on
/// in <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> and forwards every request there. Elsewhere the usual ASP.NET Core URL
/// settings apply (<c>scripts/run</c> passes <c>--urls</c>).
/// </summary>
public static class CustomHandlerPort
{
    public const string VariableName = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public static void UseCustomHandlerPortWhenSet(this ConfigureWebHostBuilder webHost, IConfiguration configuration)
    {
        var value = configuration[VariableName];
        if (string.IsNullOrEmpty(value)) return;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new InvalidOperationException($"{VariableName} must be a TCP port number; it is '{value}'.");
        }
        webHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
    }
}
