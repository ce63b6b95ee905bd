using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataZones.Functions.Tests.Packaging;

/// <summary>
/// A real Kestrel, as in front of the Functions host (itself an ASP.NET Core app), that tells what a raw request
/// target becomes: the decoded <c>Path</c> the host's routes are matched against, and the path the host forwards to
/// the custom handler — <c>new Uri(request.GetDisplayUrl()).AbsolutePath</c>, as its DefaultHttpWorkerService does.
/// Raw targets go over a plain socket, because HttpClient would normalise them before sending.
/// </summary>
public sealed class FrontDoor : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly int port;

    private FrontDoor(WebApplication app, int port)
    {
        this.app = app;
        this.port = port;
    }

    public static async Task<FrontDoor> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(context =>
        {
            var body = Encoding.UTF8.GetBytes(new JsonObject
            {
                ["path"] = context.Request.Path.Value,
                ["forwardedPath"] = new Uri(context.Request.GetDisplayUrl()).AbsolutePath,
            }.ToJsonString());
            context.Response.ContentLength = body.Length; // not chunked: the reader below takes the body as it is
            return context.Response.Body.WriteAsync(body).AsTask();
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new FrontDoor(app, address.Port);
    }

    /// <summary>What Kestrel made of <paramref name="rawTarget"/>, or null when it refused the request line.</summary>
    public async Task<(string Path, string ForwardedPath)?> ReadAsync(string rawTarget)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {rawTarget} HTTP/1.1\r\nHost: app.example\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        if (!response.StartsWith("HTTP/1.1 200", StringComparison.Ordinal)) return null;
        var body = JsonNode.Parse(response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..])!;
        return ((string)body["path"]!, (string)body["forwardedPath"]!);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
