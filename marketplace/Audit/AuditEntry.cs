namespace DataZones.Marketplace.Audit;

/// <summary>One recorded change: what changed (<see cref="Subject"/>), how, by whom, when.</summary>
/// <param name="Subject">What changed, as <c>kind:id</c> (e.g. <c>subscription:01J…</c>).</param>
/// <param name="Action">What happened, e.g. <c>approved</c>, <c>plans-overridden</c>.</param>
/// <param name="Actor">Who did it: <c>apikey:&lt;prefix&gt;</c>, <c>entra:&lt;app id&gt;</c> or <c>system:&lt;job&gt;</c>.</param>
/// <param name="At">When.</param>
/// <param name="Detail">Free text or JSON with the change's particulars; never a secret or personal identifier.</param>
public sealed record AuditEntry(string Subject, string Action, string Actor, DateTimeOffset At, string? Detail);
