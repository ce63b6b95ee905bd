using System.Globalization;

namespace DataZones.Bench.Faults;

/// <summary>
/// What a scenario measured. <see cref="Lost"/>: 200s with no usage record (ours to explain);
/// <see cref="ForgottenByEmulator"/>: 200s metered after the emulator's last write before it was killed, whose records
/// it forgot (its loss, counted apart); <see cref="Duplicated"/>: records beyond one per request id;
/// <see cref="MeteredWithoutOk"/>: records of requests the client got no 200 for (answer lost on the way, not charged
/// twice, but worth knowing); <see cref="Recovery"/>: from the end of the fault to the first 200 of a request sent after it;
/// <see cref="LongestWait"/>: the longest any request waited for its answer.
/// </summary>
public sealed record FaultOutcome(string Name, int Requests, int Ok, int Unavailable, int NoAnswer, int Other, int Records, int Lost,
    int ForgottenByEmulator, int Duplicated, int MeteredWithoutOk, TimeSpan? Recovery, double OkPerSecond, TimeSpan LongestWait, string OtherStatuses)
{
    public bool Clean => Lost == 0 && Duplicated == 0 && Recovery is not null;

    public static string Header =>
        $"  {"scenario",-44} {"requests",8} {"200s",6} {"503s",6} {"no ans",6} {"other",6} {"records",7} {"lost",5} {"emu",4} {"dup",4} {"no-200",6} {"recover",8} {"200/s",6} {"longest",8}";

    public string Describe(double baselineOkPerSecond) => string.Create(CultureInfo.InvariantCulture,
        $"  {Name,-44} {Requests,8} {Ok,6} {Unavailable,6} {NoAnswer,6} {Other,6} {Records,7} {Lost,5} {ForgottenByEmulator,4} {Duplicated,4} {MeteredWithoutOk,6} " +
        $"{(Recovery is { } r ? $"{r.TotalSeconds:0.00} s" : "NEVER"),8} {OkPerSecond,6:0} {LongestWait.TotalSeconds,6:0.00} s  (200/s {OkPerSecond / baselineOkPerSecond:0.00}x of the baseline's){(Other > 0 ? "; other: " + OtherStatuses : "")}");
}
