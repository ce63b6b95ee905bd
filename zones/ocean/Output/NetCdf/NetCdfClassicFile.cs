using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace DataZones.Zones.Ocean.Output.NetCdf;

/// <summary>
/// A netCDF classic file in the 64-bit-offset variant (CDF-2), as the NetCDF Classic Format Specification lays it
/// out: <c>magic numrecs dim_list gatt_list var_list</c>, then each variable's values, contiguous, big-endian, padded
/// to four bytes. Only fixed-size dimensions (no record dimension): an answer is complete when it is written. The
/// format is small, stable since 2004 and read by every netCDF library (netCDF-C, netCDF4-python, xarray, ncdump,
/// Panoply); why we write it ourselves is in docs/decisions/netcdf.md.
/// </summary>
public sealed class NetCdfClassicFile
{
    private const int NcDimension = 0x0A;
    private const int NcVariable = 0x0B;
    private const int NcAttribute = 0x0C;

    private readonly List<(string Name, int Length)> _dimensions = [];
    private readonly List<NetCdfAttribute> _attributes = [];
    private readonly List<NetCdfVariable> _variables = [];

    /// <summary>Adds a dimension and returns its id.</summary>
    public int Dimension(string name, int length)
    {
        _dimensions.Add((name, length));
        return _dimensions.Count - 1;
    }

    public void Attribute(NetCdfAttribute attribute) => _attributes.Add(attribute);

    public NetCdfVariable Variable(string name, NetCdfType type, params int[] dimensions)
    {
        var variable = new NetCdfVariable(name, type, dimensions);
        _variables.Add(variable);
        return variable;
    }

    /// <summary>The whole file. Each variable's values are written by its writer, straight into the file's buffer.</summary>
    public byte[] ToArray()
    {
        var header = new HeaderWriter();
        header.Bytes("CDF\u0002"u8);
        header.Int(0); // numrecs: no record dimension
        if (_dimensions.Count == 0) header.Absent();
        else
        {
            header.Int(NcDimension);
            header.Int(_dimensions.Count);
            foreach (var (name, length) in _dimensions)
            {
                header.Name(name);
                header.Int(length);
            }
        }
        header.Attributes(_attributes);
        var sizes = _variables.Select(v => v.Dimensions.Aggregate(1L, (n, d) => n * _dimensions[d].Length) * v.Type.Size()).ToArray();
        if (_variables.Count == 0) header.Absent();
        else
        {
            header.Int(NcVariable);
            header.Int(_variables.Count);
        }
        // The header's length does not depend on the begin offsets (always 8 bytes in CDF-2), so lay it out once
        // with placeholders, then fill the offsets in.
        var beginPositions = new int[_variables.Count];
        for (var i = 0; i < _variables.Count; i++)
        {
            var v = _variables[i];
            header.Name(v.Name);
            header.Int(v.Dimensions.Length);
            foreach (var d in v.Dimensions) header.Int(d);
            header.Attributes(v.Attributes);
            header.Int((int)v.Type);
            header.Int((int)Math.Min(Padded(sizes[i]), uint.MaxValue)); // vsize; a reader recomputes it past 4 GiB
            beginPositions[i] = header.Length;
            header.Long(0);
        }
        var headerBytes = header.ToArray();
        var file = new byte[headerBytes.Length + sizes.Sum(Padded)];
        headerBytes.CopyTo(file, 0);
        long offset = headerBytes.Length;
        for (var i = 0; i < _variables.Count; i++)
        {
            BinaryPrimitives.WriteInt64BigEndian(file.AsSpan(beginPositions[i]), offset);
            _variables[i].Write(file.AsSpan((int)offset, (int)sizes[i]));
            offset += Padded(sizes[i]);
        }
        return file;
    }

    private static long Padded(long size) => (size + 3) & ~3L;

    private sealed class HeaderWriter
    {
        private readonly MemoryStream _stream = new();

        public int Length => (int)_stream.Length;

        public void Bytes(ReadOnlySpan<byte> bytes) => _stream.Write(bytes);

        public void Int(int value)
        {
            Span<byte> b = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(b, value);
            _stream.Write(b);
        }

        public void Long(long value)
        {
            Span<byte> b = stackalloc byte[8];
            BinaryPrimitives.WriteInt64BigEndian(b, value);
            _stream.Write(b);
        }

        /// <summary>ABSENT: ZERO ZERO, a list with no elements.</summary>
        public void Absent()
        {
            Int(0);
            Int(0);
        }

        public void Name(string name) => Padded(Encoding.UTF8.GetBytes(name), withLength: true);

        public void Attributes(IReadOnlyList<NetCdfAttribute> attributes)
        {
            if (attributes.Count == 0)
            {
                Absent();
                return;
            }
            Int(NcAttribute);
            Int(attributes.Count);
            foreach (var a in attributes)
            {
                Name(a.Name);
                Int((int)a.Type);
                Int(a.Count);
                Padded(a.Values, withLength: false);
            }
        }

        private void Padded(byte[] bytes, bool withLength)
        {
            if (withLength) Int(bytes.Length);
            _stream.Write(bytes);
            _stream.Write(new byte[(4 - bytes.Length % 4) % 4]);
        }

        public byte[] ToArray() => _stream.ToArray();
    }
}

/// <summary>The external types of the classic format (its <c>nc_type</c> codes).</summary>
public enum NetCdfType
{
    Char = 2,
    Int = 4,
    Float = 5,
    Double = 6,
}

public static class NetCdfTypeExtensions
{
    public static int Size(this NetCdfType type) => type switch
    {
        NetCdfType.Char => 1,
        NetCdfType.Int or NetCdfType.Float => 4,
        _ => 8,
    };
}

/// <summary>An attribute: its name, type, number of values and those values encoded big-endian.</summary>
public sealed record NetCdfAttribute(string Name, NetCdfType Type, int Count, byte[] Values)
{
    /// <summary>A text attribute (NC_CHAR, UTF-8 as netCDF-C writes it).</summary>
    public static NetCdfAttribute Text(string name, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        return new NetCdfAttribute(name, NetCdfType.Char, bytes.Length, bytes);
    }

    public static NetCdfAttribute Doubles(string name, params double[] values)
    {
        var bytes = new byte[values.Length * 8];
        for (var i = 0; i < values.Length; i++) BinaryPrimitives.WriteDoubleBigEndian(bytes.AsSpan(i * 8), values[i]);
        return new NetCdfAttribute(name, NetCdfType.Double, values.Length, bytes);
    }

    public static NetCdfAttribute Float(string name, float value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteSingleBigEndian(bytes, value);
        return new NetCdfAttribute(name, NetCdfType.Float, 1, bytes);
    }

    public static NetCdfAttribute Int(string name, int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return new NetCdfAttribute(name, NetCdfType.Int, 1, bytes);
    }
}

/// <summary>A variable: its dimensions, attributes and how its values are written (big-endian, in C order).</summary>
public sealed class NetCdfVariable(string name, NetCdfType type, int[] dimensions)
{
    private SpanWriter? _write;

    public delegate void SpanWriter(Span<byte> target);

    public string Name { get; } = name;

    public NetCdfType Type { get; } = type;

    public int[] Dimensions { get; } = dimensions;

    public List<NetCdfAttribute> Attributes { get; } = [];

    public NetCdfVariable With(NetCdfAttribute attribute)
    {
        Attributes.Add(attribute);
        return this;
    }

    public NetCdfVariable Doubles(IReadOnlyList<double> values)
    {
        _write = target =>
        {
            for (var i = 0; i < values.Count; i++) BinaryPrimitives.WriteDoubleBigEndian(target[(i * 8)..], values[i]);
        };
        return this;
    }

    /// <summary>Floats copied and byte-swapped in bulk (vectorised), the bulk of every answer.</summary>
    public NetCdfVariable Floats(ReadOnlyMemory<float> values)
    {
        _write = target =>
        {
            var source = MemoryMarshal.Cast<float, int>(values.Span);
            var destination = MemoryMarshal.Cast<byte, int>(target[..(source.Length * 4)]);
            if (BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(source, destination);
            else source.CopyTo(destination);
        };
        return this;
    }

    internal void Write(Span<byte> target) => (_write ?? throw new InvalidOperationException($"Variable '{Name}' has no values."))(target);
}
