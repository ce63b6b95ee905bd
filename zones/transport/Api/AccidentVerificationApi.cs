using DataZones.Marketplace.Ingestion;
using DataZones.Marketplace.Pipeline;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Transport.Accidents;
using DataZones.Zones.Transport.Products;
using DataZones.Zones.Transport.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Zones.Transport.Api;

/// <summary>
/// Accident verification for fast motor claims. Every valid request is answered and billed, "not found" included:
/// for an insurer an unrecorded accident is the finding (it stops a staged claim), not a missing answer.
/// </summary>
public static class AccidentVerificationApi
{
    public const int ToleranceMinutesDefault = 30;
    public const int ToleranceMinutesMaximum = 24 * 60;
    public const int RadiusMetresDefault = 500;
    public const int RadiusMetresMaximum = 20_000;

    public static RouteGroupBuilder MapAccidentVerificationApi(this RouteGroupBuilder zone)
    {
        zone.MapPost("/accident-verifications", VerifyAsync)
            .Paid(TransportProducts.AccidentVerification, TransportProducts.VerifyOperation)
            .Produces<AccidentVerification>()
            .WithSummary("Verify a declared accident by case number, or by time and place: outcome, match flags, liability band, injuries flag.");
        return zone;
    }

    private static async Task<IResult> VerifyAsync(AccidentVerificationRequest request, VehicleService vehicles, CancellationToken cancellationToken)
    {
        var (claim, errors) = Validate(request);
        return claim is null ? TransportRequestProblems.Invalid(errors) : PaidAnswer.Json(await vehicles.VerifyAccidentAsync(claim, cancellationToken), 1);
    }

    internal static (AccidentClaim? Claim, IReadOnlyList<FieldError> Errors) Validate(AccidentVerificationRequest request)
    {
        var errors = new List<FieldError>();
        var (vin, error) = TransportRequestProblems.Vin(request.Vin);
        if (error is not null) errors.Add(error);
        var caseNumber = string.IsNullOrWhiteSpace(request.CaseNumber) ? null : request.CaseNumber.Trim();
        if (caseNumber is not null && (caseNumber.Length > 40 || !FieldReader.IsKeySafe(caseNumber)))
        {
            errors.Add(new FieldError("caseNumber", "invalid-case-number", "caseNumber is at most 40 characters without / \\ # ? |."));
        }

        if (caseNumber is null && request.OccurredAt is null)
        {
            errors.Add(new FieldError("occurredAt", "missing", "Without a caseNumber, occurredAt (with its offset) is required."));
        }

        if ((request.Longitude is null) != (request.Latitude is null))
        {
            errors.Add(new FieldError(request.Longitude is null ? "longitude" : "latitude", "missing", "A place is longitude and latitude together."));
        }

        if (request.Longitude is < -180 or > 180) errors.Add(new FieldError("longitude", "out-of-range", "longitude is −180–180 degrees (WGS 84)."));
        if (request.Latitude is < -90 or > 90) errors.Add(new FieldError("latitude", "out-of-range", "latitude is −90–90 degrees (WGS 84)."));
        var tolerance = request.ToleranceMinutes ?? ToleranceMinutesDefault;
        if (tolerance is < 1 or > ToleranceMinutesMaximum) errors.Add(new FieldError("toleranceMinutes", "out-of-range", $"toleranceMinutes is 1–{ToleranceMinutesMaximum}."));
        var radius = request.RadiusMetres ?? RadiusMetresDefault;
        if (radius is < 10 or > RadiusMetresMaximum) errors.Add(new FieldError("radiusMetres", "out-of-range", $"radiusMetres is 10–{RadiusMetresMaximum}."));
        return errors.Count > 0
            ? (null, errors)
            : (new AccidentClaim(vin!, caseNumber, request.OccurredAt, request.Longitude, request.Latitude, tolerance, radius), errors);
    }
}
