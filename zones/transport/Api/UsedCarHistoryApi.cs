using DataZones.Marketplace.Pipeline;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Transport.History;
using DataZones.Zones.Transport.Products;
using DataZones.Zones.Transport.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Zones.Transport.Api;

/// <summary>
/// Used-car history for dealers and lenders. An unregistered VIN is answered (<c>registered: false</c>) and billed:
/// "this car has no registration here" is what a buyer pays to learn.
/// </summary>
public static class UsedCarHistoryApi
{
    public static RouteGroupBuilder MapUsedCarHistoryApi(this RouteGroupBuilder zone)
    {
        zone.MapPost("/used-car-histories", HistoryAsync)
            .Paid(TransportProducts.UsedCarHistory, TransportProducts.HistoryOperation)
            .Produces<UsedCarHistoryAnswer>()
            .WithSummary("A vehicle's history: registration, transfers, use history, odometer timeline with rollback detection, damage and encumbrance flags, score 1–99.");
        return zone;
    }

    private static async Task<IResult> HistoryAsync(UsedCarHistoryRequest request, VehicleService vehicles, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var (vin, error) = TransportRequestProblems.Vin(request.Vin);
        if (error is not null) errors.Add(error);
        if (request.Purpose is null || !UsedCarHistoryBuilder.Purposes.Contains(request.Purpose))
        {
            errors.Add(new FieldError("purpose", "unknown-purpose", "purpose is one of " + string.Join(", ", UsedCarHistoryBuilder.Purposes.Order(StringComparer.Ordinal)) + "."));
        }

        if (errors.Count > 0) return TransportRequestProblems.Invalid(errors);
        return PaidAnswer.Json(await vehicles.HistoryAsync(vin!, request.Purpose!, cancellationToken), 1);
    }
}
