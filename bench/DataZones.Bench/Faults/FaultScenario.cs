namespace DataZones.Bench.Faults;

/// <summary>
/// One fault under load: <see cref="InjectAsync"/> does the damage and the undoing (freeze then thaw, kill then
/// start), returning when the fault is over, and, for the Azurite kill, when the emulator last wrote its data.
/// </summary>
public sealed record FaultScenario(string Name, Func<PaidLoad, CancellationToken, Task<TimeSpan?>> InjectAsync);
