namespace DataZones.Marketplace.Tests.Billing.Simulation;

/// <summary>
/// One step of a simulated sequence, at a business-time instant. Document steps name a consumer and a billing month,
/// not a document: each side resolves "the month's live invoice" from its own state, so a side whose state has
/// drifted is caught by the next comparison rather than hidden by a shared id.
/// </summary>
public abstract record SimEvent(DateTimeOffset At);

/// <summary>Subscribe to a monthly plan of the billing product (approved at once: the product is general grade).</summary>
public sealed record SubscribeEvent(DateTimeOffset At, int Consumer, string PlanId) : SimEvent(At);

/// <summary>Cancel the consumer's monthly-plan subscription.</summary>
public sealed record CancelEvent(DateTimeOffset At, int Consumer) : SimEvent(At);

/// <summary>A metered call, rolled up at once (as the hourly roll-up would before the close).</summary>
public sealed record CallEvent(DateTimeOffset At, int Consumer, string ProductId, string PlanId, long Units) : SimEvent(At);

/// <summary>The monthly close of <paramref name="Month"/> (again, after a void: a revision).</summary>
public sealed record CloseEvent(DateTimeOffset At, DateOnly Month) : SimEvent(At);

public sealed record IssueEvent(DateTimeOffset At, int Consumer, DateOnly Month) : SimEvent(At);

public sealed record VoidEvent(DateTimeOffset At, int Consumer, DateOnly Month) : SimEvent(At);

public sealed record PayEvent(DateTimeOffset At, int Consumer, DateOnly Month) : SimEvent(At);

/// <summary>The settlement run of an ended month (months are settled in order).</summary>
public sealed record SettleEvent(DateTimeOffset At, DateOnly Month) : SimEvent(At);

/// <summary>Request the approval-guarded product's monthly plan: the request waits for the operator.</summary>
public sealed record RequestGuardedEvent(DateTimeOffset At, int Consumer) : SimEvent(At);

/// <summary>The operator approves the consumer's waiting request.</summary>
public sealed record ApproveGuardedEvent(DateTimeOffset At, int Consumer) : SimEvent(At);

/// <summary>The guarded subscription is withdrawn (before approval) or cancelled (after).</summary>
public sealed record WithdrawGuardedEvent(DateTimeOffset At, int Consumer) : SimEvent(At);

/// <summary>A price change of the billing product from the start of <paramref name="EffectiveMonth"/>: versions alternate between the base and the raised prices.</summary>
public sealed record ChangePriceEvent(DateTimeOffset At, DateOnly EffectiveMonth) : SimEvent(At);
