using System.Diagnostics;
using System.Text.Json.Nodes;

namespace DataZones.Functions.Tests.Packaging;

/// <summary>
/// What <c>scripts/package</c> lays out for the Functions host, produced by the script itself
/// (<c>--layout-only</c>: the same layout step as a full package, without the minutes-long self-contained publish,
/// which <c>scripts/package</c> checks when it runs).
/// </summary>
public sealed class PackageLayout : IDisposable
{
    public PackageLayout()
    {
        Folder = Path.Combine(Path.GetTempPath(), "dz-package-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { Path.Combine(RepositoryRoot.Path, "scripts", "package"), "--layout-only", Folder }) start.ArgumentList.Add(argument);
        using var script = Process.Start(start)!;
        var errors = script.StandardError.ReadToEndAsync();
        if (!script.WaitForExit(60_000) || script.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/package --layout-only failed: {errors.Result}");
        }
        HostJson = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "host.json")))!;
        Functions = Directory.GetDirectories(Folder).Order(StringComparer.Ordinal)
            .Select(d => new PackagedFunction(Path.GetFileName(d), JsonNode.Parse(File.ReadAllText(Path.Combine(d, "function.json")))!["bindings"]!.AsArray()))
            .ToList();
    }

    public string Folder { get; }

    public JsonNode HostJson { get; }

    public IReadOnlyList<PackagedFunction> Functions { get; }

    public IEnumerable<PackagedFunction> Http => Functions.Where(f => f.IsHttp);

    public IEnumerable<PackagedFunction> Timers => Functions.Where(f => f.IsTimer);

    /// <summary>Timer and queue functions: the host POSTs their invocations to <c>/{FunctionName}</c>.</summary>
    public IEnumerable<PackagedFunction> Triggers => Functions.Where(f => f.IsInvokedByName);

    /// <summary>host.json's <c>extensions.http.routePrefix</c> ("api" when absent, as for the host).</summary>
    public string RoutePrefix => (string?)HostJson["extensions"]?["http"]?["routePrefix"] ?? "api";

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
