using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using DataZones.Marketplace.Access;

namespace DataZones.Bench.ColdStart;

/// <summary>
/// One cold start, as the Functions host does it: the published executable started in its folder with
/// <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> and the app settings in its environment, Production, polled on loopback
/// until it answers. Times are from <see cref="Process.Start()"/>.
/// </summary>
public static class ColdStartProcess
{
    public const string PaidPath = "/zones/finance/enterprise-verifications";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);

    /// <summary>Milliseconds to the first 200 on <c>/health</c>, and to the first 200 of a paid call after it (when one is given).</summary>
    public static async Task<(double HealthMs, double? PaidMs)> StartAsync(string folder, string executable, IReadOnlyDictionary<string, string> environment,
        (string ApiKey, byte[] Body)? paidCall, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(Path.Combine(folder, executable))
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(CultureInfo.InvariantCulture);
        foreach (var (key, value) in environment) start.Environment[key] = value;

        using var client = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(1) })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
        };
        using var process = new Process { StartInfo = start };
        var watch = Stopwatch.StartNew();
        process.Start();
        // Drained so that the app never blocks on a full pipe; what it logs is not part of the measure.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await UntilOkAsync(client, () => new HttpRequestMessage(HttpMethod.Get, "/health"), watch, process, cancellationToken);
            var healthMs = watch.Elapsed.TotalMilliseconds;
            if (paidCall is not { } paid) return (healthMs, null);
            await UntilOkAsync(client, () => PaidRequest(paid.ApiKey, paid.Body), watch, process, cancellationToken);
            return (healthMs, watch.Elapsed.TotalMilliseconds);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static HttpRequestMessage PaidRequest(string apiKey, byte[] body)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, PaidPath) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        message.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
        return message;
    }

    // Bounded: gives up after StartTimeout, or at once when the process has exited.
    private static async Task UntilOkAsync(HttpClient client, Func<HttpRequestMessage> request, Stopwatch watch, Process process, CancellationToken cancellationToken)
    {
        var last = "no answer";
        while (watch.Elapsed < StartTimeout)
        {
            if (process.HasExited) throw new InvalidOperationException($"The app exited with code {process.ExitCode} before answering.");
            try
            {
                using var message = request();
                using var response = await client.SendAsync(message, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK) return;
                last = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}";
            }
            catch (HttpRequestException e)
            {
                last = e.Message; // not listening yet
            }
            await Task.Delay(PollInterval, cancellationToken);
        }
        throw new TimeoutException($"No 200 within {StartTimeout.TotalSeconds} s; last: {last}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
