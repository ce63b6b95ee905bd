namespace DataZones.Zones.Finance.Verification;

/// <summary>
/// One verification as the service saw it: either an answer (billed, whatever its outcome) or the request's
/// problems (not billed). Exactly one of the two is set.
/// </summary>
public sealed record VerificationAttempt(EnterpriseVerificationResult? Result, IReadOnlyList<RequestFieldProblem> Problems)
{
    public bool IsAnswered => Result is not null;

    public static VerificationAttempt Answered(EnterpriseVerificationResult result) => new(result, []);

    public static VerificationAttempt Rejected(IReadOnlyList<RequestFieldProblem> problems) => new(null, problems);
}
