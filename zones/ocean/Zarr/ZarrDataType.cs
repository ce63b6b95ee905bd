namespace DataZones.Zones.Ocean.Zarr;

/// <summary>
/// A Zarr v2 dtype this zone reads and writes: little-endian 32/64-bit floats for fields and coordinates, and
/// 64-bit integers for CF time coordinates. The host is little-endian, so bytes map to values without swapping.
/// </summary>
public sealed record ZarrDataType(string Dtype, int ItemSizeBytes, Type ClrType)
{
    public static readonly ZarrDataType Float32 = new("<f4", 4, typeof(float));
    public static readonly ZarrDataType Float64 = new("<f8", 8, typeof(double));
    public static readonly ZarrDataType Int64 = new("<i8", 8, typeof(long));

    /// <summary>The data type named by a dtype string, or null for one this zone does not support.</summary>
    public static ZarrDataType? Parse(string dtype) => dtype switch
    {
        "<f4" => Float32,
        "<f8" => Float64,
        "<i8" => Int64,
        _ => null,
    };

    /// <summary>True for the floating-point types, whose fill value is NaN by convention.</summary>
    public bool IsFloatingPoint => ClrType == typeof(float) || ClrType == typeof(double);

    /// <summary>The data type whose values are <typeparamref name="T"/>.</summary>
    public static ZarrDataType Of<T>()
        where T : unmanaged =>
        typeof(T) == typeof(float) ? Float32
        : typeof(T) == typeof(double) ? Float64
        : typeof(T) == typeof(long) ? Int64
        : throw new NotSupportedException($"{typeof(T).Name} is not a Zarr data type of this zone.");
}
