using DataZones.Marketplace.Identifiers;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Transport.Problems;
using Microsoft.AspNetCore.Http;

namespace DataZones.Zones.Transport.Api;

/// <summary>Validation shared by the zone's endpoints: a bad VIN is its own problem type, naming the rule it breaks.</summary>
internal static class TransportRequestProblems
{
    /// <summary>The normalised VIN, or the field error naming the rule (I/O/Q, length, check digit).</summary>
    public static (string? Vin, FieldError? Error) Vin(string? value, string field = "vin")
    {
        var result = VehicleIdentificationNumberValidator.Validate(value);
        return result.IsValid ? (result.Normalized, null) : (null, new FieldError(field, result.Violation.Code, result.Violation.Message));
    }

    /// <summary>A 400: <c>invalid-vin</c> when the VIN is among the errors, else the zone's general type.</summary>
    public static IResult Invalid(IReadOnlyList<FieldError> errors) =>
        Problem.Invalid(errors, errors.Any(e => e.Field == "vin") ? TransportProblemTypes.InvalidVin : TransportProblemTypes.InvalidTransportRequest);

    public static IResult VehicleNotFound(string vin) =>
        Problem.Of(TransportProblemTypes.VehicleNotFound, $"No vehicle is registered under {vin}. Nothing was charged; the used-car history answers whether a VIN is registered.");
}
