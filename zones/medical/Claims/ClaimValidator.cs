using DataZones.Marketplace.Identifiers;
using DataZones.Marketplace.Ingestion;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Medical.Reference;

namespace DataZones.Zones.Medical.Claims;

/// <summary>Validates a claim at the edge, reporting every problem at once (field by JSON path, stable rule code).</summary>
public static class ClaimValidator
{
    public const int CodesMaximum = 10;
    public const int WaitingPeriodDaysMaximum = 365;

    public static (ValidClaim? Claim, IReadOnlyList<FieldError> Errors) Validate(ClaimRequest? request, string prefix = "")
    {
        var errors = new List<FieldError>();
        void Fail(string field, string rule, string message) => errors.Add(new FieldError(prefix + field, rule, message));
        if (request is null)
        {
            Fail("", "missing", "The claim is missing.");
            return (null, errors);
        }

        if (request.ClaimReference is not { Length: > 0 and <= 64 } reference || !FieldReader.IsKeySafe(reference))
        {
            Fail("claimReference", "invalid", "claimReference is the insurer's claim number: 1–64 characters, none of / \\ # ? |.");
        }

        var policy = request.Policy;
        if (policy?.StartsOn is null || policy.EndsOn is null || policy.StartsOn > policy.EndsOn)
        {
            Fail("policy", "invalid", "policy.startsOn and policy.endsOn are days, startsOn not after endsOn.");
        }

        if (policy?.WaitingPeriodDays is not (>= 0 and <= WaitingPeriodDaysMaximum))
        {
            Fail("policy.waitingPeriodDays", "out-of-range", $"policy.waitingPeriodDays is 0–{WaitingPeriodDaysMaximum}.");
        }

        if (request.InstitutionCode is not { Length: > 0 and <= 64 } institution || !FieldReader.IsKeySafe(institution))
        {
            Fail("institutionCode", "invalid", "institutionCode is the institution's code (1–64 characters).");
        }

        if (request.AdmittedOn is null) Fail("admittedOn", "missing", "admittedOn is required.");
        var discharged = request.DischargedOn ?? request.AdmittedOn;
        if (request.AdmittedOn is not null && discharged < request.AdmittedOn) Fail("dischargedOn", "before-admission", "dischargedOn must not be before admittedOn.");

        var diagnoses = Codes(request.Diagnoses, "diagnoses", c => Icd10CodeValidator.Validate(c) is { IsValid: true } r ? r.Normalized : null, required: true, Fail);
        var procedures = Codes(request.Procedures, "procedures", c => MedicalCodes.IsProcedureCode(c.Trim()) ? c.Trim() : null, required: false, Fail);
        if (request.ClaimedAmount is not { } amount || amount <= 0m || amount.Scale > 2 || amount > 100_000_000m)
        {
            Fail("claimedAmount", "invalid", "claimedAmount is a positive amount of yuan with at most two decimals.");
        }

        if (request.SettlementNumber is { Length: > 64 }) Fail("settlementNumber", "too-long", "settlementNumber is at most 64 characters.");
        if (errors.Count > 0) return (null, errors);
        return (new ValidClaim(request.ClaimReference!, policy!.StartsOn!.Value, policy.EndsOn!.Value, policy.WaitingPeriodDays!.Value, request.InstitutionCode!,
            request.AdmittedOn!.Value, discharged!.Value, diagnoses, request.ClaimedAmount!.Value, procedures,
            string.IsNullOrWhiteSpace(request.SettlementNumber) ? null : request.SettlementNumber.Trim()), []);
    }

    private static List<string> Codes(IReadOnlyList<string?>? values, string field, Func<string, string?> normalise, bool required, Action<string, string, string> fail)
    {
        var codes = new List<string>();
        if (values is null or { Count: 0 })
        {
            if (required) fail(field, "missing", $"{field} needs at least one code.");
            return codes;
        }

        if (values.Count > CodesMaximum) fail(field, "too-many", $"{field} holds at most {CodesMaximum} codes.");
        for (var i = 0; i < values.Count && i < CodesMaximum; i++)
        {
            var code = values[i] is { } text ? normalise(text) : null;
            if (code is null) fail($"{field}[{i}]", "invalid-code", field == "diagnoses" ? "Each diagnosis is an ICD-10 code (A00, A00.0)." : "Each procedure is an ICD-9-CM-3 code (47.01).");
            else codes.Add(code);
        }

        return codes;
    }
}
