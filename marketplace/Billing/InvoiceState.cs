namespace DataZones.Marketplace.Billing;

/// <summary>
/// Where an invoice is in its life: <c>Draft → Issued → Paid</c>, and <c>Void</c> from any of them (with a credit
/// note). Credit notes are created <see cref="Issued"/> and stay so.
/// </summary>
public enum InvoiceState
{
    /// <summary>Made by the close; only the operator sees it, and it is not settled yet.</summary>
    Draft,

    /// <summary>Sent to the consumer; from now on it is income and is settled.</summary>
    Issued,

    /// <summary>The operator recorded the payment.</summary>
    Paid,

    /// <summary>Cancelled by a credit note; the month may then be closed again (a new revision).</summary>
    Void,
}
