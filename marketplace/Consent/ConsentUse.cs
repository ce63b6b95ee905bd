namespace DataZones.Marketplace.Consent;

/// <summary>
/// One use of a consent, as the person reads it back through the consent authority: who (the grantee), when, for
/// which product and operation, and the request that did it (it matches the grantee's receipt).
/// </summary>
public sealed record ConsentUse(string ConsentId, DateTimeOffset UsedAt, string ConsumerId, string ProductId, string OperationId, string RequestId, int Item);
