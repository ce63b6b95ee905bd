using DataZones.Marketplace.Caching;
using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Consumers;
using DataZones.Marketplace.Ids;
using DataZones.Marketplace.Problems;
using DataZones.Marketplace.Telemetry;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Consent;

/// <summary>
/// Grants, revokes and checks consents. A check reads the consent from memory when it was read in the last
/// <see cref="ConsentOptions.CheckCacheSeconds"/>, which is the bound on how long another instance may still honour
/// a consent after it is revoked; the revoking instance forgets it at once.
/// </summary>
public sealed class ConsentService
{
    private readonly ConsentStore store;
    private readonly ConsentSubjects subjects;
    private readonly CatalogService catalog;
    private readonly ConsumerService consumers;
    private readonly IIdGenerator ids;
    private readonly TimeProvider time;
    private readonly ConsentOptions options;
    private readonly ExpiringCache<string, ConsentRecord> cache;

    public ConsentService(ConsentStore store, ConsentSubjects subjects, CatalogService catalog, ConsumerService consumers, IIdGenerator ids,
        TimeProvider time, IOptions<ConsentOptions> options, PlatformMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        (this.store, this.subjects, this.catalog, this.consumers, this.ids, this.time, this.options) = (store, subjects, catalog, consumers, ids, time, options.Value);
        cache = new(time, StalenessBound, this.options.CheckCacheEntriesMax, metrics, "consents");
    }

    /// <summary>How long after a revocation another instance may still honour the consent.</summary>
    public TimeSpan StalenessBound => TimeSpan.FromSeconds(options.CheckCacheSeconds);

    public async Task<(ConsentRecord? Consent, IReadOnlyList<FieldError> Errors)> GrantAsync(ConsentGrant grant, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var now = time.GetUtcNow();
        var errors = new List<FieldError>();
        var subject = subjects.KeyOf(grant.IdentityNumber);
        if (subject is null) errors.Add(new FieldError("identityNumber", "invalid", "A valid resident identity number (GB 11643) is required."));
        if (grant.GranteeConsumerId is not { Length: > 0 } grantee || await consumers.FindAsync(grantee, cancellationToken) is null)
        {
            errors.Add(new FieldError("granteeConsumerId", "unknown", "The grantee must be a registered consumer."));
        }

        var purposes = (grant.Purposes ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (purposes.Count == 0) errors.Add(new FieldError("purposes", "missing", "Name at least one product the consent is for."));
        foreach (var purpose in purposes)
        {
            if ((await catalog.FindAsync(purpose, cancellationToken))?.Descriptor.RequiresConsent != true)
            {
                errors.Add(new FieldError("purposes", "unknown", $"'{purpose}' is not a product that uses consent."));
            }
        }

        if (grant.DataFrom is null || grant.DataTo is null || grant.DataFrom > grant.DataTo)
        {
            errors.Add(new FieldError("dataFrom", "invalid", "dataFrom and dataTo are days, dataFrom not after dataTo."));
        }

        if (grant.ValidUntil is not { } until || until <= now || until > now.AddDays(options.ValidityDaysMaximum))
        {
            errors.Add(new FieldError("validUntil", "invalid", $"validUntil is an instant after now and within {options.ValidityDaysMaximum} days."));
        }

        if (errors.Count > 0) return (null, errors);
        var consent = new ConsentRecord(ids.NewId(), subject!, grant.GranteeConsumerId!, purposes, grant.DataFrom!.Value, grant.DataTo!.Value,
            grant.ValidUntil!.Value, now, actor);
        await store.SaveAsync(consent, cancellationToken);
        return (consent, []);
    }

    /// <summary>Withdraws a consent now; revoking one already revoked keeps the first time. Null when there is none.</summary>
    public async Task<ConsentRecord?> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        var consent = await store.FindAsync(id, cancellationToken);
        if (consent is null) return null;
        if (consent.RevokedAt is null)
        {
            consent = consent with { RevokedAt = time.GetUtcNow() };
            await store.SaveAsync(consent, cancellationToken);
        }

        cache.Invalidate(id);
        return consent;
    }

    public Task<ConsentRecord?> FindAsync(string id, CancellationToken cancellationToken) => store.FindAsync(id, cancellationToken);

    public Task<IReadOnlyList<ConsentUse>> UsesAsync(string id, CancellationToken cancellationToken) => store.ListUsesAsync(id, cancellationToken);

    /// <summary>Whether <paramref name="claim"/> allows <paramref name="consumerId"/> to use the person's data for <paramref name="productId"/> now.</summary>
    public async Task<ConsentVerdict> CheckAsync(ConsentClaim claim, string consumerId, string productId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (string.IsNullOrWhiteSpace(claim.ConsentId) || string.IsNullOrWhiteSpace(claim.IdentityNumber)) return ConsentVerdict.Refused(ConsentRefusal.Missing);
        var consent = await cache.GetOrLoadAsync(claim.ConsentId, store.FindAsync, cancellationToken);
        if (consent is null) return ConsentVerdict.Refused(ConsentRefusal.NotFound);
        // Whose it is before anything about its state, so a stranger's consent id tells the caller nothing more.
        if (!string.Equals(consent.GranteeConsumerId, consumerId, StringComparison.Ordinal)) return ConsentVerdict.Refused(ConsentRefusal.OtherGrantee);
        if (!subjects.IsSubject(consent, claim.IdentityNumber)) return ConsentVerdict.Refused(ConsentRefusal.OtherPerson);
        if (consent.RevokedAt is not null) return ConsentVerdict.Refused(ConsentRefusal.Revoked);
        if (time.GetUtcNow() >= consent.ValidUntil) return ConsentVerdict.Refused(ConsentRefusal.Expired);
        return consent.Purposes.Contains(productId, StringComparer.Ordinal)
            ? ConsentVerdict.Granted(consent)
            : ConsentVerdict.Refused(ConsentRefusal.OtherPurpose);
    }

    public Task RecordUsesAsync(IReadOnlyList<ConsentUse> uses, CancellationToken cancellationToken) => store.AppendUsesAsync(uses, 32, cancellationToken);
}
