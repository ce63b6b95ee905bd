using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace DataZones.Testing;

/// <summary>
/// A loopback TCP relay in front of Azurite, so a test can make storage really unreachable at a chosen moment
/// (<see cref="Cut"/>): connections are dropped and new ones refused, as when a storage account stops answering.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Uri target;
    private readonly ConcurrentDictionary<TcpClient, byte> connections = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;
    private volatile bool cut;

    public TcpProxy(Uri target)
    {
        this.target = target;
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Drops every connection and refuses new ones until the proxy is disposed.</summary>
    public void Cut()
    {
        cut = true;
        foreach (var connection in connections.Keys) connection.Dispose();
    }

    /// <summary>The same endpoint URI, through the proxy.</summary>
    public Uri Through(Uri endpoint) => new UriBuilder(endpoint) { Port = Port }.Uri;

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(stopping.Token); }
            catch (OperationCanceledException) { return; }
            catch (ObjectDisposedException) { return; }
            if (cut)
            {
                client.Client.LingerState = new LingerOption(true, 0); // reset, like a refused connection
                client.Dispose();
                continue;
            }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var upstream = new TcpClient();
        connections[client] = 0;
        connections[upstream] = 0;
        try
        {
            await upstream.ConnectAsync(target.Host, target.Port, stopping.Token);
            using var a = client.GetStream();
            using var b = upstream.GetStream();
            await Task.WhenAny(a.CopyToAsync(b, stopping.Token), b.CopyToAsync(a, stopping.Token));
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A cut or a closed peer ends the relay; that is the point.
        }
        finally
        {
            connections.TryRemove(client, out _);
            connections.TryRemove(upstream, out _);
            client.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        Cut();
        await accepting;
        stopping.Dispose();
    }
}
