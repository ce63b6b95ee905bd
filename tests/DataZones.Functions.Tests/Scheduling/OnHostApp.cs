using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using DataZones.Functions.Hosting;
using DataZones.Functions.Scheduling;
using DataZones.Testing;

namespace DataZones.Functions.Tests.Scheduling;

/// <summary>
/// The app as the Functions host starts it: <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> set, real Kestrel on
/// 127.0.0.1 at that port, and requests shaped as the host sends them.
/// </summary>
public sealed class OnHostApp : IDisposable
{
    public OnHostApp()
    {
        Port = FreePort();
        var prefix = TestStorage.UniqueName("t");
        Factory = new AppFactory("Production", new Dictionary<string, string?>
        {
            [CustomHandlerPort.VariableName] = Port.ToString(CultureInfo.InvariantCulture),
            ["Persistence:TablePrefix"] = prefix,
            [QueueInvocationEndpoints.QueueNameSetting] = prefix + "-jobs",
        });
        Factory.UseKestrel();
        Factory.StartServer();
    }

    public int Port { get; }

    public AppFactory Factory { get; }

    /// <summary>A client of the app at the address the host uses (so its Host header is <c>127.0.0.1:{port}</c>).</summary>
    public HttpClient Client() => new() { BaseAddress = new Uri(CustomHandlerPort.LoopbackUrl(Port)) };

    /// <summary>A timer invocation as the host's DefaultHttpWorkerService sends it.</summary>
    public static HttpRequestMessage HostInvocation(string functionName)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/" + functionName)
        {
            // Newtonsoft's default naming, as the host's JsonMediaTypeFormatter writes it: "Data", "Metadata".
            Content = JsonContent.Create(new { Data = new { timer = new { Schedule = new { }, IsPastDue = false } }, Metadata = new { sys = new { MethodName = functionName } } },
                options: new JsonSerializerOptions()),
        };
        request.Headers.Add("X-Azure-Functions-HostVersion", "4.1040.0");
        request.Headers.Add(HostInvocationGuard.InvocationIdHeader, Guid.NewGuid().ToString());
        request.Headers.UserAgent.ParseAdd("Azure-Functions-Host/4.1040.0");
        return request;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => Factory.Dispose();
}
