using System.Globalization;
using DataZones.Marketplace.Pipeline;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Transport.Problems;
using DataZones.Zones.Transport.Products;
using DataZones.Zones.Transport.Storage;
using DataZones.Zones.Transport.Vin;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Zones.Transport.Api;

/// <summary>
/// VIN decode, one or a batch of up to 50. Billing: a decoded VIN is a unit, whether its WMI is in the table or not
/// (the check digit and year are still an answer); a VIN that breaks a rule is a 400 alone, or an unbilled item.
/// </summary>
public static class VinDecodeApi
{
    public const int BatchVinsMaximum = 50;

    public static RouteGroupBuilder MapVinDecodeApi(this RouteGroupBuilder zone)
    {
        zone.MapGet("/vins/{vin}/decoding", Decode)
            .Paid(TransportProducts.VinDecode, TransportProducts.DecodeOperation)
            .Produces<VinDecoding>()
            .WithSummary("Decode one VIN: check digit, manufacturer (WMI), model year, plant and serial.");
        zone.MapPost("/vin-decodings", DecodeBatch)
            .Paid(TransportProducts.VinDecode, TransportProducts.DecodeBatchOperation)
            .Produces<VinDecodeBatchAnswer>()
            .WithSummary("Decode up to 50 VINs at once; each decoded VIN is a unit, refused items are listed with their rule.");
        return zone;
    }

    private static IResult Decode(string vin, VehicleService vehicles)
    {
        var (normalized, error) = TransportRequestProblems.Vin(vin);
        return error is not null
            ? TransportRequestProblems.Invalid([error])
            : PaidAnswer.Json(VinDecoder.Decode(normalized!, vehicles.CurrentYear()), 1);
    }

    private static IResult DecodeBatch(VinDecodeBatchRequest request, VehicleService vehicles)
    {
        var vins = request.Vins ?? [];
        if (vins.Count > BatchVinsMaximum)
        {
            return Problem.Of(TransportProblemTypes.VinBatchTooLarge, string.Create(CultureInfo.InvariantCulture,
                $"A batch holds at most {BatchVinsMaximum} VINs; this one has {vins.Count}. Split it; nothing was charged."));
        }

        if (vins.Count == 0) return TransportRequestProblems.Invalid([new FieldError("vins", "count", $"vins lists 1–{BatchVinsMaximum} VINs.")]);
        var year = vehicles.CurrentYear();
        var items = vins.Select((value, i) =>
        {
            var (vin, error) = TransportRequestProblems.Vin(value, $"vins[{i}]");
            return error is null ? new VinDecodeBatchItem(i, VinDecoder.Decode(vin!, year), null) : new VinDecodeBatchItem(i, null, [error]);
        }).ToList();
        var decoded = items.Count(i => i.Decoding is not null);
        if (decoded == 0) return Problem.Invalid(items.SelectMany(i => i.Problems!), TransportProblemTypes.InvalidVin);
        return PaidAnswer.Json(new VinDecodeBatchAnswer(decoded, items.Count - decoded, items), decoded);
    }
}
