using System.Globalization;
using System.Text;
using DataZones.Marketplace.Disclosure;
using DataZones.Marketplace.Ingestion;
using DataZones.Marketplace.Pipeline;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Transport.Products;
using DataZones.Zones.Transport.Traffic;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Zones.Transport.Api;

/// <summary>
/// Traffic indicators for planners and researchers, through the platform's disclosure control. An answer the overlap
/// audit refuses is a 422 <c>too-close-to-earlier-answer</c>, not billed; every other valid request is one unit.
/// </summary>
public static class TrafficIndicatorsApi
{
    public static RouteGroupBuilder MapTrafficIndicatorsApi(this RouteGroupBuilder zone)
    {
        zone.MapPost("/traffic-indicators", IndicatorsAsync)
            .Paid(TransportProducts.TrafficIndicators, TransportProducts.IndicatorsOperation)
            .Produces<TrafficIndicators>()
            .WithSummary("Average speed, volume and congestion index by segment or zone and hour of day over up to 31 days; cells of fewer than 10 vehicles withheld.");
        return zone;
    }

    private static async Task<IResult> IndicatorsAsync(TrafficIndicatorsRequest request, TrafficIndicatorService traffic, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (request.Zone is null || request.Zone.Length > 40 || !FieldReader.IsKeySafe(request.Zone)) errors.Add(new FieldError("zone", "invalid-zone", "zone is a zone code of at most 40 characters without / \\ # ? |."));
        if (request.From is null) errors.Add(new FieldError("from", "missing", "from is the first day (yyyy-MM-dd)."));
        if (request.To is null) errors.Add(new FieldError("to", "missing", "to is the last day (yyyy-MM-dd)."));
        if (request is { From: { } from, To: { } to } && (to < from || to.DayNumber - from.DayNumber + 1 > TrafficIndicatorService.RangeDaysMaximum))
        {
            errors.Add(new FieldError("to", "out-of-range", $"to is on or after from, at most {TrafficIndicatorService.RangeDaysMaximum} days in all."));
        }

        var by = request.By ?? "segment";
        if (by is not ("segment" or "zone")) errors.Add(new FieldError("by", "invalid-value", "by is segment or zone."));
        var format = request.Format ?? "json";
        if (format is not ("json" or "csv")) errors.Add(new FieldError("format", "invalid-value", "format is json or csv."));
        if (errors.Count > 0) return TransportRequestProblems.Invalid(errors);

        var answer = await traffic.IndicatorsAsync(request.Zone!, request.From!.Value, request.To!.Value, by == "segment", cancellationToken);
        if (answer is null)
        {
            return Problem.Of(DisclosureProblemTypes.TooCloseToEarlierAnswer,
                "This range differs from an answer already published by fewer than the minimum number of vehicles in some cell; ask for a broader range. Nothing was charged.");
        }

        return format == "csv" ? PaidAnswer.Bytes(Csv(answer), "text/csv; charset=utf-8", 1) : PaidAnswer.Json(answer, 1);
    }

    private static byte[] Csv(TrafficIndicators answer)
    {
        var csv = new StringBuilder("area,hour,status,vehicles,volume,average_speed_kmh,congestion_index\n");
        foreach (var c in answer.Cells)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{c.Area},{c.Hour},{c.Status},{c.Vehicles},{c.Volume},{c.AverageSpeedKmh},{c.CongestionIndex?.ToString("0.00", CultureInfo.InvariantCulture)}\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
