using System.Diagnostics;
using System.Globalization;

namespace DataZones.Bench.Faults;

/// <summary>POSIX signals to a process the benchmark started, sent with the system's <c>kill</c>: freeze (STOP), thaw (CONT), kill outright (KILL).</summary>
internal static class Signals
{
    public const string Kill = "KILL";
    public const string Continue = "CONT";
    public const string Stop = "STOP";

    public static void Send(int processId, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, processId.ToString(CultureInfo.InvariantCulture)]))!;
        kill.WaitForExit();
        if (kill.ExitCode != 0) throw new InvalidOperationException($"kill -{signal} {processId} failed ({kill.ExitCode}).");
    }
}
