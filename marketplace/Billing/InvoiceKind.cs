namespace DataZones.Marketplace.Billing;

/// <summary>The two kinds of billing document.</summary>
public enum InvoiceKind
{
    /// <summary>A month's charges for one consumer.</summary>
    Invoice,

    /// <summary>Cancels a voided invoice: the same lines with the amounts negated (a new document, never an edit).</summary>
    CreditNote,
}
