using DataZones.Marketplace.Identifiers;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Finance.Problems;
using DataZones.Zones.Finance.Verification;
using Microsoft.AspNetCore.Http;

namespace DataZones.Zones.Finance.Api;

/// <summary>
/// Turns request problems into 400 problem details: every problem listed (field, rule code, message), and the type
/// named after the most specific identifier that is wrong, so a client can branch on it.
/// </summary>
internal static class FinanceRequestProblems
{
    public const string CreditCodeField = "creditCode";
    public const string IdNumberField = "legalRepresentativeIdNumber";

    public static IResult Of(IReadOnlyList<RequestFieldProblem> problems)
    {
        var type = problems.Any(p => p.Field == CreditCodeField) ? FinanceProblemTypes.InvalidCreditCode
            : problems.Any(p => p.Field == IdNumberField) ? FinanceProblemTypes.InvalidIdentityNumber
            : FinanceProblemTypes.InvalidVerificationRequest;
        return Problem.Invalid(Errors(problems), type);
    }

    public static IEnumerable<FieldError> Errors(IEnumerable<RequestFieldProblem> problems, string fieldPrefix = "") =>
        problems.Select(p => new FieldError(fieldPrefix + p.Field, p.Code, p.Message));

    /// <summary>The normalised credit code, or the 400 problem naming the rule it breaks.</summary>
    public static (string? CreditCode, IResult? Problem) CreditCode(string? value)
    {
        var result = UnifiedSocialCreditCodeValidator.Validate(value);
        return result.IsValid
            ? (result.Normalized, null)
            : (null, Of([new RequestFieldProblem(CreditCodeField, result.Violation.Code, result.Violation.Message)]));
    }

    public static IResult EnterpriseNotFound(string creditCode) =>
        Problem.Of(FinanceProblemTypes.EnterpriseNotFound,
            $"No enterprise is registered under {creditCode}. Nothing was charged; enterprise verification answers "
            + "whether a code is registered.");
}
