using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Pricing;
using DataZones.Zones.Transport.Reference;

namespace DataZones.Zones.Transport.Products;

/// <summary>
/// The transport zone's products. Prices are demo defaults in the range Chinese vehicle-data products charge (a VIN
/// decode costs fen, a used-car report yuan); the operator may override plans in the catalog.
/// </summary>
public static class TransportProducts
{
    public const string Zone = "transport";
    public const string VinDecode = "transport.vin-decode";
    public const string TruckUnderwriting = "transport.truck-underwriting";
    public const string AccidentVerification = "transport.accident-verification";
    public const string UsedCarHistory = "transport.used-car-history";
    public const string TrafficIndicators = "transport.traffic-indicators";

    public const string DecodeOperation = "decode";
    public const string DecodeBatchOperation = "decode-batch";
    public const string UnderwriteOperation = "underwrite";
    public const string VerifyOperation = "verify";
    public const string HistoryOperation = "history";
    public const string IndicatorsOperation = "indicators";

    public const string PayPerUsePlanId = "pay-per-use";
    public const string MonthlyPlanId = "monthly";

    private static readonly string[] Registry = [TransportSources.VehicleAdministration.Id];

    public static IReadOnlyList<ProductDescriptor> All { get; } =
    [
        new(VinDecode, "VIN decode (车辆识别代号解析)", Zone,
            "Check digit, manufacturer from the WMI, model year, plant and serial of a VIN, one or up to 50 at once. "
            + "Decoded from the number itself; no registration data.",
            Registry, Classification.General,
            [
                new OperationDescriptor(DecodeOperation, "Decode one VIN", MeterKind.PerCall),
                new OperationDescriptor(DecodeBatchOperation, "Decode up to 50 VINs; each decoded VIN is a unit", MeterKind.PerRecord),
            ],
            [PayPerUsePlan.Flat(PayPerUsePlanId, 0.05m), MonthlyPlan.WithOverage(MonthlyPlanId, 500m, 20_000, 0.03m)]),
        new(TruckUnderwriting, "Truck smart underwriting (货车智能核保)", Zone,
            "A truck's facts in bands, its operating-licence standing, violation and accident bands over 12 and 36 months, "
            + "the at-fault share band and a telematics risk score 0–100 with up to four reason codes.",
            [TransportSources.VehicleAdministration.Id, TransportSources.TransportServiceCentre.Id, TransportSources.TrafficPolice.Id], Classification.Important,
            [new OperationDescriptor(UnderwriteOperation, "Underwrite one truck", MeterKind.PerCall)],
            [PayPerUsePlan.Graduated(PayPerUsePlanId, new PriceTier(10_000, 3.00m), new PriceTier(null, 2.50m)), MonthlyPlan.HardCapped(MonthlyPlanId, 20_000m, 8_000)]),
        new(AccidentVerification, "Accident verification for fast claims (车险快速理赔核验)", Zone,
            "Whether a declared accident is recorded, the vehicle was a party, the time and place agree; the liability "
            + "band, an injuries flag and reason codes. Never the other party or the record's details.",
            [TransportSources.TrafficPolice.Id], Classification.Important,
            [new OperationDescriptor(VerifyOperation, "Verify one declared accident", MeterKind.PerCall)],
            [PayPerUsePlan.Flat(PayPerUsePlanId, 2.00m), MonthlyPlan.WithOverage(MonthlyPlanId, 10_000m, 6_000, 1.60m)]),
        new(UsedCarHistory, "Used-car history (二手车车况历史)", Zone,
            "First registration, transfers, use-nature history, the odometer timeline in bands with rollback detection, "
            + "accident-repair grade, flood, fire and total-loss flags, mortgage and seizure, and a history score 1–99.",
            [TransportSources.VehicleAdministration.Id, TransportSources.TrafficPolice.Id], Classification.Important,
            [new OperationDescriptor(HistoryOperation, "One vehicle's history report", MeterKind.PerCall)],
            [PayPerUsePlan.Graduated(PayPerUsePlanId, new PriceTier(5_000, 8.00m), new PriceTier(null, 6.00m)), MonthlyPlan.HardCapped(MonthlyPlanId, 30_000m, 5_000)]),
        new(TrafficIndicators, "Traffic indicators (交通运行指标)", Zone,
            "Average speed, volume and congestion index per road segment or zone and hour of day over a date range, as JSON "
            + "or CSV; a cell only with at least 10 distinct vehicles, with complementary suppression and an overlap audit.",
            [TransportSources.TransportServiceCentre.Id], Classification.Important,
            [new OperationDescriptor(IndicatorsOperation, "One zone's indicators over up to 31 days", MeterKind.PerCall)],
            [PayPerUsePlan.Flat(PayPerUsePlanId, 50.00m), MonthlyPlan.HardCapped(MonthlyPlanId, 5_000m, 200)]),
    ];
}
