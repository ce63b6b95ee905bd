using System.Diagnostics;
using System.Reflection;

namespace DataZones.Infra.Tests;

/// <summary>The Bicep CLI restored from NuGet with this project (its path is baked in at build time).</summary>
public static class BicepCli
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError)
    {
        /// <summary>Everything the CLI printed: a clean build or lint prints nothing.</summary>
        public string Diagnostics => (StandardOutput + StandardError).Trim();
    }

    public static string Executable { get; } = Locate();

    public static async Task<Result> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepCli").Value
            ?? throw new InvalidOperationException("The build did not record where the Bicep CLI is.");
        if (!File.Exists(path)) throw new InvalidOperationException($"The Bicep CLI is not at {path}; restore tests/DataZones.Infra.Tests.");
        // The package is for linux-x64 only; archives do not always keep the executable bit.
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("The Bicep CLI restored here is the linux-x64 build.");
        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute)) File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
        return path;
    }
}
