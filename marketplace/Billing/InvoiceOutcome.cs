namespace DataZones.Marketplace.Billing;

/// <summary>How a request to move an invoice's state ended (expected outcomes are values, not exceptions).</summary>
public enum InvoiceOutcome
{
    Done,
    NotFound,

    /// <summary>The move is not allowed from the document's current state (e.g. paying a draft).</summary>
    InvalidState,

    /// <summary>The document changed meanwhile; read it again and retry.</summary>
    Conflict,
}
