using System.Text.Json;
using DataZones.Marketplace.Audit;
using DataZones.Zones.Finance.Scoring;
using DataZones.Zones.Finance.Storage;

namespace DataZones.Zones.Finance.Policies;

/// <summary>
/// The operator's loan-policy table (validated and audited changes) and matching an enterprise against it.
/// </summary>
public sealed class LoanPolicyService(LoanPolicyStore store, CreditProfileService profiles, AuditLog audit)
{
    public Task<IReadOnlyList<LoanPolicy>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    public Task<LoanPolicy?> FindAsync(string id, CancellationToken cancellationToken) => store.FindAsync(id, cancellationToken);

    /// <summary>Saves (creates or replaces) a valid policy and audits it; returns the problems of an invalid one, unsaved.</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(LoanPolicy policy, string actor, CancellationToken cancellationToken)
    {
        var problems = LoanPolicyValidator.Validate(policy);
        if (problems.Count > 0) return problems;
        await store.SaveAsync(policy, cancellationToken);
        await audit.RecordAsync(Subject(policy.Id), "saved", actor, JsonSerializer.Serialize(policy), cancellationToken);
        return [];
    }

    /// <summary>Deletes a policy and audits it; false when there was none.</summary>
    public async Task<bool> DeleteAsync(string id, string actor, CancellationToken cancellationToken)
    {
        if (!await store.DeleteAsync(id, cancellationToken)) return false;
        await audit.RecordAsync(Subject(id), "deleted", actor, null, cancellationToken);
        return true;
    }

    /// <summary>The policies an enterprise qualifies for and its near misses today, or null when it is not registered.</summary>
    public async Task<LoanPolicyMatchAnswer?> MatchAsync(string creditCode, CancellationToken cancellationToken)
    {
        var assessment = await profiles.AssessAsync(creditCode, cancellationToken);
        if (assessment is null) return null;
        var policies = await store.ListAsync(cancellationToken);
        return new LoanPolicyMatchAnswer(assessment.AsOf, LoanPolicyMatcher.Match(assessment.Profile, policies));
    }

    /// <summary>The audit subject of a policy's changes.</summary>
    public static string Subject(string id) => "loan-policy:" + id;
}
