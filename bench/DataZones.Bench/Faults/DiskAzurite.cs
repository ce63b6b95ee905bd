using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DataZones.Bench.Faults;

/// <summary>
/// Azurite of the fault suite's own, persisting to a folder (not in memory, unlike the other benchmarks'), so that it
/// can be frozen, killed and started again on the same data. Table, blob and queue run as separate processes, as
/// scripts/lib/common.sh starts them. Azurite writes its data to disk only every few seconds (LokiJS autosave):
/// <see cref="WaitForTableFlushAsync"/> waits for the next write of the table database.
/// </summary>
public sealed class DiskAzurite : IAsyncDisposable
{
    private const string Account = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly string repositoryRoot;
    private readonly Dictionary<string, Process> processes = [];

    public DiskAzurite(string repositoryRoot, string folder)
    {
        this.repositoryRoot = repositoryRoot;
        Folder = folder;
        Ports = new Dictionary<string, int> { ["table"] = FreePort(), ["blob"] = FreePort(), ["queue"] = FreePort() };
    }

    public string Folder { get; }

    public IReadOnlyDictionary<string, int> Ports { get; }

    public IEnumerable<int> ProcessIds => processes.Values.Select(p => p.Id);

    /// <summary>The connection string, with table and blob through the given ports (a relay) when named.</summary>
    public string ConnectionString(int? tablePort = null, int? blobPort = null) =>
        $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={AccountKey};" +
        $"TableEndpoint=http://127.0.0.1:{tablePort ?? Ports["table"]}/{Account};BlobEndpoint=http://127.0.0.1:{blobPort ?? Ports["blob"]}/{Account};" +
        $"QueueEndpoint=http://127.0.0.1:{Ports["queue"]}/{Account};";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var service in Ports.Keys) processes[service] = Start(service);
        foreach (var port in Ports.Values) await WaitForPortAsync(port, cancellationToken);
    }

    public void Freeze() { foreach (var id in ProcessIds) Signals.Send(id, Signals.Stop); }

    public void Thaw() { foreach (var id in ProcessIds) Signals.Send(id, Signals.Continue); }

    /// <summary>Kills every Azurite process at once (SIGKILL: no chance to save what it holds in memory).</summary>
    public async Task KillAsync()
    {
        foreach (var process in processes.Values) Signals.Send(process.Id, Signals.Kill);
        foreach (var process in processes.Values) await process.WaitForExitAsync();
    }

    /// <summary>
    /// Waits (at most 30 s) for Azurite's next complete write of the table database, and returns when, on
    /// <paramref name="clock"/>, that write's snapshot was taken. LokiJS serialises the whole database at once (the
    /// snapshot: Azurite serves nothing meanwhile), writes it to <c>…json~</c>, then renames that over <c>…json</c>;
    /// the temporary file's appearance marks the snapshot, its disappearance the end of the write. What was
    /// committed after the snapshot is not on disk until the next write.
    /// </summary>
    public async Task<TimeSpan> WaitForTableFlushAsync(Func<TimeSpan> clock, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(Folder, "__azurite_db_table__.json~");
        var watch = Stopwatch.StartNew();
        // A write already under way is let finish: when its snapshot was taken is not known.
        while (File.Exists(temporary) && watch.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(1, cancellationToken);
        while (!File.Exists(temporary) && watch.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(1, cancellationToken);
        var snapshot = clock();
        while (File.Exists(temporary) && watch.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(1, cancellationToken);
        if (watch.Elapsed < TimeSpan.FromSeconds(30)) return snapshot;
        throw new TimeoutException($"Azurite did not write its table database within 30 s.");
    }

    private Process Start(string service)
    {
        var start = new ProcessStartInfo(Path.Combine(repositoryRoot, "node_modules", ".bin", "azurite-" + service))
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            $"--{service}Host", "127.0.0.1", $"--{service}Port", Ports[service].ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--location", Folder, "--skipApiVersionCheck", "--disableTelemetry", "--loose",
        })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // Bounded: 30 s.
    internal static async Task WaitForPortAsync(int port, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
        throw new TimeoutException($"Nothing listens on 127.0.0.1:{port} after 30 s.");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in processes.Values)
        {
            if (process.HasExited) continue;
            try { Signals.Send(process.Id, Signals.Continue); } catch (InvalidOperationException) { }
            process.Kill();
            await process.WaitForExitAsync();
        }
    }
}
