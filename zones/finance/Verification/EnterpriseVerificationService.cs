using DataZones.Marketplace.Identifiers;
using DataZones.Zones.Finance.Storage;

namespace DataZones.Zones.Finance.Verification;

/// <summary>
/// Enterprise verification against the stored registry: validate, one point read by credit code, compare. The
/// request's names and identity number live only for the comparison; nothing of the request is stored or logged.
/// </summary>
public sealed class EnterpriseVerificationService(FinanceReferenceStore store, EnterpriseVerifier verifier)
{
    /// <summary>The most items one batch may hold; a larger batch is refused whole (413).</summary>
    public const int BatchItemsMaximum = 1_000;

    // Lookups of one batch in flight at once: enough to hide storage latency, few enough to leave room for others.
    private const int BatchLookupParallelism = 16;

    public async Task<VerificationAttempt> VerifyAsync(EnterpriseVerificationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = EnterpriseVerificationRequestValidator.Validate(request);
        if (problems.Count > 0) return VerificationAttempt.Rejected(problems);
        var creditCode = UnifiedSocialCreditCodeValidator.Validate(request.CreditCode).Normalized!;
        var registered = await store.FindRegistrationAsync(creditCode, cancellationToken);
        return VerificationAttempt.Answered(verifier.Verify(request, registered));
    }

    /// <summary>Verifies every item independently; the attempts are in the items' order.</summary>
    /// <exception cref="ArgumentException">More than <see cref="BatchItemsMaximum"/> items: the caller checks first.</exception>
    public async Task<IReadOnlyList<VerificationAttempt>> VerifyBatchAsync(
        IReadOnlyList<EnterpriseVerificationRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        if (requests.Count > BatchItemsMaximum)
        {
            throw new ArgumentException($"A batch holds at most {BatchItemsMaximum} items.", nameof(requests));
        }

        var attempts = new VerificationAttempt[requests.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = BatchLookupParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, requests.Count), options,
            async (index, token) => attempts[index] = await VerifyAsync(requests[index], token));
        return attempts;
    }
}
