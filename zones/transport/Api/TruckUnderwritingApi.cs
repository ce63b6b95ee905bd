using DataZones.Marketplace.Pipeline;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Transport.Products;
using DataZones.Zones.Transport.Reference;
using DataZones.Zones.Transport.Storage;
using DataZones.Zones.Transport.Underwriting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Zones.Transport.Api;

/// <summary>
/// Truck underwriting. An unregistered VIN is a 404 and not billed: underwriting has nothing to say about a vehicle
/// the registry does not know (the used-car history is the product that answers "not registered"). The plate goes
/// in the body, not the address, so that no access log holds it.
/// </summary>
public static class TruckUnderwritingApi
{
    public static RouteGroupBuilder MapTruckUnderwritingApi(this RouteGroupBuilder zone)
    {
        zone.MapPost("/truck-underwritings", UnderwriteAsync)
            .Paid(TransportProducts.TruckUnderwriting, TransportProducts.UnderwriteOperation)
            .Produces<TruckUnderwritingAnswer>()
            .WithSummary("Underwrite a truck: facts in bands, licence standing, violation and accident bands, risk score 0–100 with reason codes.");
        return zone;
    }

    private static async Task<IResult> UnderwriteAsync(TruckUnderwritingRequest request, VehicleService vehicles, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var (vin, error) = TransportRequestProblems.Vin(request.Vin);
        if (error is not null) errors.Add(error);
        var plate = request.Plate is null ? null : TransportKeys.NormalizePlate(request.Plate);
        if (plate is { Length: < 7 or > 8 }) errors.Add(new FieldError("plate", "invalid-plate", "plate is 7 or 8 characters (鲁B12345, 鲁BD12345)."));
        if (errors.Count > 0) return TransportRequestProblems.Invalid(errors);
        var answer = await vehicles.UnderwriteAsync(vin!, plate, cancellationToken);
        return answer is null ? TransportRequestProblems.VehicleNotFound(vin!) : PaidAnswer.Json(answer, 1);
    }
}
