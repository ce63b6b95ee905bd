namespace DataZones.Zones.Transport.Api;

/// <summary>A batch of VINs to decode (at most 50, as NHTSA vPIC's batch decode).</summary>
public sealed record VinDecodeBatchRequest(IReadOnlyList<string?>? Vins);

/// <summary>A truck to underwrite; the plate, if given, is only compared (as its keyed hash), never stored.</summary>
public sealed record TruckUnderwritingRequest(string? Vin, string? Plate);

/// <summary>A declared accident: the case number, or the time (and optionally the place) of the accident.</summary>
public sealed record AccidentVerificationRequest(
    string? Vin, string? CaseNumber, DateTimeOffset? OccurredAt, double? Longitude, double? Latitude, int? ToleranceMinutes, int? RadiusMetres);

/// <summary>A zone's traffic indicators over a date range (days, inclusive), by segment or for the zone; JSON or CSV.</summary>
public sealed record TrafficIndicatorsRequest(string? Zone, DateOnly? From, DateOnly? To, string? By, string? Format);

/// <summary>A vehicle whose history a dealer or lender asks for, and why.</summary>
public sealed record UsedCarHistoryRequest(string? Vin, string? Purpose);
