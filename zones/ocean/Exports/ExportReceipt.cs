namespace DataZones.Zones.Ocean.Exports;

/// <summary>
/// What an export produced: the Zarr group <see cref="Group"/> (or, for <c>netcdf</c>, the folder holding the one
/// file) in the consumer's container, links valid until <see cref="ReadLinkExpiresAt"/> — <see cref="ZarrLink"/>
/// opens a Zarr group as it is in any Zarr reader over HTTPS; <see cref="NetCdfLink"/> downloads a NetCDF export's
/// file; <see cref="ReadLink"/> lists and reads the container; <see cref="SasToken"/> appended to
/// <c>{ContainerUrl}/{Group}/{key}</c> reads one key — and its size, which is what is billed.
/// </summary>
public sealed record ExportReceipt(
    string ExportId,
    string Collection,
    string Format,
    Uri? ZarrLink,
    Uri? NetCdfLink,
    string ContainerUrl,
    string Group,
    Uri ReadLink,
    string SasToken,
    DateTimeOffset ReadLinkExpiresAt,
    long Bytes,
    long Megabytes,
    int TimeSteps,
    int Latitudes,
    int Longitudes,
    IReadOnlyList<string> Parameters);
