namespace DataZones.Marketplace.Idempotency;

/// <summary>What an <c>Idempotency-Key</c> came to when a call began.</summary>
public enum IdempotencyOutcome
{
    /// <summary>First use of the key (or a takeover of an abandoned attempt that was never metered): run the call.</summary>
    Proceed,

    /// <summary>The key's call completed: answer with the stored response, bill nothing.</summary>
    Replay,

    /// <summary>The key was used with a different request: 422.</summary>
    Mismatch,

    /// <summary>The key's first call is still running: 409, retry shortly.</summary>
    InFlight,

    /// <summary>The key's call completed, but its answer was too large to keep: 409, not billed again; use a new key.</summary>
    CompletedNotReplayable,
}
