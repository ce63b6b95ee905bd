namespace DataZones.Marketplace.Consent;

/// <summary>
/// Endpoint metadata of a batch operation whose items are checked one by one: an item without a valid consent is
/// refused alone (the handler answers it as a problem, unbilled); only a batch with no item allowed is a 403.
/// </summary>
public sealed class ConsentPerItem
{
    public static ConsentPerItem Instance { get; } = new();
}
