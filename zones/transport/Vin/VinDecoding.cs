namespace DataZones.Zones.Transport.Vin;

/// <summary>
/// What a VIN says about itself (as NHTSA vPIC's decode does, for the parts that need no manufacturer file): the
/// WMI and its manufacturer, the descriptor section, the model year from position 10, the plant code (position 11)
/// and the serial. No registration data: the decode is a general-grade product.
/// </summary>
public sealed record VinDecoding(
    string Vin,
    bool CheckDigitValid,
    string Wmi,
    string Region,
    string? Manufacturer,
    string? ManufacturerChinese,
    string? Category,
    string VehicleDescriptor,
    int? ModelYear,
    string PlantCode,
    string SerialNumber);
