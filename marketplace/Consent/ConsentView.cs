namespace DataZones.Marketplace.Consent;

/// <summary>A consent as the consent authority shows it to the person: never the identity number or its hash.</summary>
public sealed record ConsentView(
    string Id,
    string GranteeConsumerId,
    IReadOnlyList<string> Purposes,
    DateOnly DataFrom,
    DateOnly DataTo,
    DateTimeOffset ValidUntil,
    DateTimeOffset GrantedAt,
    DateTimeOffset? RevokedAt,
    string Status)
{
    public static ConsentView From(ConsentRecord consent, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var status = consent.RevokedAt is not null ? "revoked" : now >= consent.ValidUntil ? "expired" : "active";
        return new(consent.Id, consent.GranteeConsumerId, consent.Purposes, consent.DataFrom, consent.DataTo, consent.ValidUntil,
            consent.GrantedAt, consent.RevokedAt, status);
    }
}

/// <summary>One use of a consent, for the person: who, when, for which product and operation.</summary>
public sealed record ConsentUseView(DateTimeOffset UsedAt, string ConsumerId, string ProductId, string OperationId, string RequestId);
