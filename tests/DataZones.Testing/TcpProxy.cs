using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace DataZones.Testing;

/// <summary>
/// A loopback TCP relay in front of Azurite, so a test can make storage really unreachable at a chosen moment
/// (<see cref="Cut"/>): connections are dropped and new ones refused, as when a storage account stops answering;
/// <see cref="Restore"/> lets connections through again. <see cref="DropConnections"/> resets the open connections
/// mid-request without refusing new ones, and <see cref="Latency"/> delays every chunk relayed (a slow network).
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Uri target;
    private readonly ConcurrentDictionary<TcpClient, byte> connections = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;
    private volatile bool cut;
    private long latencyTicks;

    public TcpProxy(Uri target)
    {
        this.target = target;
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Added before each chunk is passed on, in either direction (zero by default).</summary>
    public TimeSpan Latency
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref latencyTicks));
        set => Interlocked.Exchange(ref latencyTicks, value.Ticks);
    }

    /// <summary>Drops every connection and refuses new ones until <see cref="Restore"/> (or disposal).</summary>
    public void Cut()
    {
        cut = true;
        DropConnections();
    }

    /// <summary>Accepts and relays connections again after a <see cref="Cut"/>.</summary>
    public void Restore() => cut = false;

    /// <summary>Resets every open connection (whatever request is on it is cut off); new ones are still relayed.</summary>
    public void DropConnections()
    {
        foreach (var connection in connections.Keys)
        {
            // A reset (RST), not a polite close: the peer is cut off mid-request. Already closed ones have no socket.
            try { if (connection.Client is { } socket) socket.LingerState = new LingerOption(true, 0); }
            catch (Exception e) when (e is SocketException or ObjectDisposedException) { }
            connection.Dispose();
        }
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
            await Task.WhenAny(CopyAsync(a, b), CopyAsync(b, a));
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

    private async Task CopyAsync(Stream from, Stream to)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = await from.ReadAsync(buffer, stopping.Token)) > 0)
        {
            var latency = Latency;
            if (latency > TimeSpan.Zero) await Task.Delay(latency, stopping.Token);
            await to.WriteAsync(buffer.AsMemory(0, read), stopping.Token);
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
