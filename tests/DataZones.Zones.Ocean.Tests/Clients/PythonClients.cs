using System.Diagnostics;
using System.Text.Json.Nodes;

namespace DataZones.Zones.Ocean.Tests.Clients;

/// <summary>Runs a client script in this folder with Debian's Python (its xarray, zarr, fsspec, netCDF4) and returns the JSON it printed.</summary>
public static class PythonClients
{
    public static async Task<JsonNode> RunAsync(string script, params string[] arguments)
    {
        var python = Environment.GetEnvironmentVariable("DATAZONES_TEST_PYTHON") is { Length: > 0 } configured ? configured : "/usr/bin/python3";
        var path = Path.Combine(AppContext.BaseDirectory, "Clients", script);
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(path);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0,
            $"{python} {script} failed ({process.ExitCode}); scripts/test installs Debian's python3-xarray, python3-zarr, python3-fsspec and python3-netcdf4:\n{await errors}");
        return JsonNode.Parse(await output)!;
    }
}
