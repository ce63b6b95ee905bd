using DataZones.Zones.Ocean.Output.NetCdf;

namespace DataZones.Zones.Ocean.Tests.Output;

/// <summary>The encoder's bytes against the NetCDF Classic Format Specification's grammar, written out by hand.</summary>
public sealed class NetCdfClassicFileTests
{
    [Fact]
    public void SmallFile_IsLaidOutExactlyAsTheSpecificationSays()
    {
        var file = new NetCdfClassicFile();
        var x = file.Dimension("x", 2);
        file.Attribute(NetCdfAttribute.Text("t", "abc"));
        file.Variable("v", NetCdfType.Float, x).With(NetCdfAttribute.Float("_FillValue", float.NaN)).Floats(new[] { 1f, float.NaN });
        file.Variable("s", NetCdfType.Double).Doubles([2.5]);

        var bytes = file.ToArray();

        byte[] expected =
        [
            (byte)'C', (byte)'D', (byte)'F', 2, // magic, 64-bit offset
            0, 0, 0, 0,                         // numrecs
            0, 0, 0, 0x0A, 0, 0, 0, 1,          // NC_DIMENSION, 1 dimension
            0, 0, 0, 1, (byte)'x', 0, 0, 0,     // name "x", padded to 4
            0, 0, 0, 2,                         // its length
            0, 0, 0, 0x0C, 0, 0, 0, 1,          // NC_ATTRIBUTE, 1 global attribute
            0, 0, 0, 1, (byte)'t', 0, 0, 0,     // name "t"
            0, 0, 0, 2, 0, 0, 0, 3,             // NC_CHAR, 3 values
            (byte)'a', (byte)'b', (byte)'c', 0, // "abc", padded
            0, 0, 0, 0x0B, 0, 0, 0, 2,          // NC_VARIABLE, 2 variables
            0, 0, 0, 1, (byte)'v', 0, 0, 0,     // "v"
            0, 0, 0, 1, 0, 0, 0, 0,             // 1 dimension: id 0
            0, 0, 0, 0x0C, 0, 0, 0, 1,          // its attributes: 1
            0, 0, 0, 10, (byte)'_', (byte)'F', (byte)'i', (byte)'l', (byte)'l', (byte)'V', (byte)'a', (byte)'l', (byte)'u', (byte)'e', 0, 0,
            0, 0, 0, 5, 0, 0, 0, 1,             // NC_FLOAT, 1 value
            0xFF, 0xC0, 0, 0,                   // NaN as .NET's float.NaN, the same bits as the data's fill
            0, 0, 0, 5,                         // nc_type NC_FLOAT
            0, 0, 0, 8,                         // vsize
            0, 0, 0, 0, 0, 0, 0, 168,           // begin (64-bit): the header is 168 bytes
            0, 0, 0, 1, (byte)'s', 0, 0, 0,     // "s", a scalar
            0, 0, 0, 0,                         // 0 dimensions
            0, 0, 0, 0, 0, 0, 0, 0,             // attributes ABSENT
            0, 0, 0, 6, 0, 0, 0, 8,             // NC_DOUBLE, vsize 8
            0, 0, 0, 0, 0, 0, 0, 176,           // begin: after v's 8 bytes
            0x3F, 0x80, 0, 0, 0xFF, 0xC0, 0, 0, // v = [1, NaN]
            0x40, 0x04, 0, 0, 0, 0, 0, 0,       // s = 2.5
        ];
        Assert.Equal(expected, bytes);
    }

    [Fact]
    public void OddLengths_ArePaddedToFourBytes_AndOffsetsFollow()
    {
        var file = new NetCdfClassicFile();
        var n = file.Dimension("n", 3);
        file.Variable("c", NetCdfType.Float, n).Floats(new[] { 1f, 2f, 3f });
        file.Variable("d", NetCdfType.Double, n).Doubles([1, 2, 3]);

        var bytes = file.ToArray();

        Assert.Equal(0, bytes.Length % 4);
        var headerLength = bytes.Length - 12 - 24;
        Assert.Equal(0, headerLength % 4);
        Assert.Equal(0x3F, bytes[headerLength]);
        Assert.Equal(0x40, bytes[headerLength + 12 + 8]); // 2.0 as a double starts 0x40 00
    }
}
