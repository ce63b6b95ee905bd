using System.Diagnostics;
using System.Globalization;

namespace DataZones.Bench.Faults;

/// <summary>
/// The app as its own process (the build scripts/bench just made, functions/bin/Release), on a fixed loopback port,
/// so that it can be killed mid-load and started again on the same port. Its console goes to a log file.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly string repositoryRoot;
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly string logFile;
    private Process? process;

    public AppProcess(string repositoryRoot, IReadOnlyDictionary<string, string> settings, string logFile)
    {
        this.repositoryRoot = repositoryRoot;
        this.settings = settings;
        this.logFile = logFile;
        Address = new Uri($"http://127.0.0.1:{DiskAzurite.FreePort()}");
    }

    public Uri Address { get; }

    /// <summary>Starts the app and waits (at most 60 s) until /health answers.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(repositoryRoot, "functions", "bin", "Release", "net10.0");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(repositoryRoot, "functions"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(folder, "DataZones.Functions.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = Address.ToString();
        // As the Functions host passes app settings: environment variables, '__' for ':'.
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        process = Process.Start(start)!;
        var log = TextWriter.Synchronized(new StreamWriter(logFile, append: true));
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited) throw new InvalidOperationException($"The app exited with {process.ExitCode}; see {logFile}.");
            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            await Task.Delay(50, cancellationToken);
        }
        throw new TimeoutException($"The app did not answer /health within 60 s; see {logFile}.");
    }

    /// <summary>SIGKILL: the process ends where it is, mid-request, with nothing flushed.</summary>
    public async Task KillAsync()
    {
        if (process is null || process.HasExited) return;
        Signals.Send(process.Id, Signals.Kill);
        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"app process {process?.Id} on {Address}");

    public async ValueTask DisposeAsync() => await KillAsync();
}
