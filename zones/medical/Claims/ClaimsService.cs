using DataZones.Marketplace.Consent;
using DataZones.Marketplace.Pipeline;
using DataZones.Zones.Medical.Reference;
using DataZones.Zones.Medical.Storage;

namespace DataZones.Zones.Medical.Claims;

/// <summary>
/// Verifies claims for a consumer under the consents the pipeline granted: one partition read per person, the
/// history cut to the consent's data period, and a claim mark written for a found visit so that a later claim of the
/// same visit (by anyone else) is flagged.
/// </summary>
public sealed class ClaimsService(MedicalReferenceStore store, MedicalPersonKeys persons, TimeProvider time)
{
    public Task<ClaimVerification> VerifyAsync(ValidClaim claim, string identityNumber, ConsentRecord consent, string consumerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return VerifyAsync(claim, identityNumber, consent.DataFrom, consent.DataTo, consumerId, cancellationToken);
    }

    /// <summary>Verifies within the data period a consent covered (a batch job keeps the period its items were accepted under).</summary>
    public async Task<ClaimVerification> VerifyAsync(ValidClaim claim, string identityNumber, DateOnly dataFrom, DateOnly dataTo, string consumerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var personKey = persons.Of(Normalise(identityNumber));
        var history = (await store.ReadPersonAsync(personKey, cancellationToken)).Within(dataFrom, dataTo);
        var claimKey = ClaimKey(consumerId, claim.ClaimReference);
        var (verification, visit) = ClaimVerifier.Verify(claim, history, claimKey);
        if (visit is not null && !history.ClaimMarks.Any(m => m.VisitId == visit.VisitId && m.ClaimKey == claimKey))
        {
            await store.MarkClaimedAsync(new ClaimMark(personKey, visit.VisitId, claimKey, time.GetUtcNow()), cancellationToken);
        }

        return verification;
    }

    // The pipeline matched the number against the consent, so it is a valid one; normalised as the holder's files are.
    private static string Normalise(string identityNumber) => Marketplace.Identifiers.ResidentIdentityNumberValidator.Validate(identityNumber).Normalized!;

    /// <summary>Names a claim without naming the claimant: a hash of consumer and claim reference.</summary>
    private static string ClaimKey(string consumerId, string claimReference) =>
        Sha256.Base64Url(System.Text.Encoding.UTF8.GetBytes(consumerId + "|" + claimReference))[..32];
}
