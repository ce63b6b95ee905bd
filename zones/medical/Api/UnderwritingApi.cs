using DataZones.Marketplace.Consent;
using DataZones.Marketplace.Pipeline;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Medical.Problems;
using DataZones.Zones.Medical.Products;
using DataZones.Zones.Medical.Underwriting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Zones.Medical.Api;

/// <summary>The underwriting check (医疗核保), under the applicant's consent; one unit per answered check.</summary>
public static class UnderwritingApi
{
    public static RouteGroupBuilder MapUnderwritingApi(this RouteGroupBuilder zone)
    {
        zone.MapPost("/underwriting-checks", CheckAsync)
            .Paid(MedicalProducts.Underwriting, MedicalProducts.CheckOperation)
            .Produces<UnderwritingAnswer>()
            .WithSummary("Per condition of interest recorded or not over a 1–5 year lookback, a hospitalisation band and a chronic-condition flag.");
        return zone;
    }

    private static async Task<IResult> CheckAsync(UnderwritingRequest request, HttpContext http, UnderwritingService underwriting, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (request.LookbackYears is not (>= Underwriter.LookbackYearsMinimum and <= Underwriter.LookbackYearsMaximum))
        {
            errors.Add(new FieldError("lookbackYears", "out-of-range", $"lookbackYears is {Underwriter.LookbackYearsMinimum}–{Underwriter.LookbackYearsMaximum}."));
        }

        var raw = request.Conditions ?? [];
        if (raw.Count is 0 or > Underwriter.ConditionsMaximum)
        {
            errors.Add(new FieldError("conditions", "count", $"conditions names 1–{Underwriter.ConditionsMaximum} conditions."));
        }

        var conditions = new List<ConditionSpec>();
        for (var i = 0; i < raw.Count && i < Underwriter.ConditionsMaximum; i++)
        {
            if (ConditionSpec.Parse(raw[i]) is { } condition) conditions.Add(condition);
            else errors.Add(new FieldError($"conditions[{i}]", "invalid-condition", "A condition is an ICD-10 category (E11), a range (E10-E14) or a chapter (IX)."));
        }

        if (errors.Count > 0) return Problem.Invalid(errors, MedicalProblemTypes.InvalidUnderwritingRequest);
        var consent = ConsentVerdicts.Of(http)!.Items[0].Consent!;
        return PaidAnswer.Json(await underwriting.CheckAsync(request.IdentityNumber!, consent, request.LookbackYears!.Value, conditions, cancellationToken), 1);
    }
}
