using DataZones.Marketplace.Identifiers;

namespace DataZones.Zones.Finance.Verification;

/// <summary>Checks a verification request before any lookup; a request with problems is a 400 and is not billed.</summary>
public static class EnterpriseVerificationRequestValidator
{
    /// <summary>The longest enterprise name accepted (registered names are far shorter).</summary>
    public const int EnterpriseNameLengthMaximum = 100;

    /// <summary>The longest legal representative name accepted.</summary>
    public const int PersonNameLengthMaximum = 50;

    /// <summary>Every problem of the request; empty when it may be verified.</summary>
    public static IReadOnlyList<RequestFieldProblem> Validate(EnterpriseVerificationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<RequestFieldProblem>();
        AddIdentifierProblem(problems, "creditCode", UnifiedSocialCreditCodeValidator.Validate(request.CreditCode));
        AddNameProblem(problems, "enterpriseName", request.EnterpriseName, EnterpriseNameLengthMaximum);
        AddNameProblem(problems, "legalRepresentativeName", request.LegalRepresentativeName, PersonNameLengthMaximum);
        if (request.IsFourElement)
        {
            AddIdentifierProblem(problems, "legalRepresentativeIdNumber",
                ResidentIdentityNumberValidator.Validate(request.LegalRepresentativeIdNumber));
        }

        return problems;
    }

    private static void AddIdentifierProblem(List<RequestFieldProblem> problems, string field, IdentifierValidationResult result)
    {
        if (!result.IsValid)
        {
            problems.Add(new RequestFieldProblem(field, result.Violation.Code, result.Violation.Message));
        }
    }

    private static void AddNameProblem(List<RequestFieldProblem> problems, string field, string? value, int lengthMaximum)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new RequestFieldProblem(field, IdentifierViolationCodes.Missing, $"The {field} is required."));
        }
        else if (value.Length > lengthMaximum)
        {
            problems.Add(new RequestFieldProblem(field, "too-long", $"The {field} is at most {lengthMaximum} characters."));
        }
    }
}
