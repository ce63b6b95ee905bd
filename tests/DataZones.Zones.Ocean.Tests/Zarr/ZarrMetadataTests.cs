using System.Text;
using DataZones.Zones.Ocean.Zarr;

namespace DataZones.Zones.Ocean.Tests.Zarr;

public sealed class ZarrMetadataTests
{
    [Fact]
    public void ToJson_Float32Field_IsTheTextZarrPythonWrites()
    {
        var metadata = new ZarrArrayMetadata([365, 9, 13], [30, 9, 13], ZarrDataType.Float32, ZarrCompressor.Zlib(1), double.NaN);

        var text = Encoding.UTF8.GetString(metadata.ToJson());

        Assert.Equal(
            """
            {
                "chunks": [
                    30,
                    9,
                    13
                ],
                "compressor": {
                    "id": "zlib",
                    "level": 1
                },
                "dimension_separator": ".",
                "dtype": "<f4",
                "fill_value": "NaN",
                "filters": null,
                "order": "C",
                "shape": [
                    365,
                    9,
                    13
                ],
                "zarr_format": 2
            }
            """.ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public void ToJson_Int64WithoutFill_WritesNullFillAndNoCompressor()
    {
        var metadata = new ZarrArrayMetadata([4], [4], ZarrDataType.Int64, null, null);

        var text = Encoding.UTF8.GetString(metadata.ToJson());

        Assert.Contains("\"compressor\": null,", text, StringComparison.Ordinal);
        Assert.Contains("\"dtype\": \"<i8\",", text, StringComparison.Ordinal);
        Assert.Contains("\"fill_value\": null,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhatToJsonWrote_GivesTheSameMetadata()
    {
        var metadata = new ZarrArrayMetadata([10, 20], [3, 7], ZarrDataType.Float64, ZarrCompressor.Zlib(5), -9999);

        var parsed = ZarrArrayMetadata.Parse(metadata.ToJson());

        Assert.Equal(metadata.Shape, parsed.Shape);
        Assert.Equal(metadata.Chunks, parsed.Chunks);
        Assert.Equal(ZarrDataType.Float64, parsed.DataType);
        Assert.Equal(ZarrCompressor.Zlib(5), parsed.Compressor);
        Assert.Equal(-9999, parsed.FillValue);
    }

    [Fact]
    public void Parse_FortranOrderOrBloscCompressor_IsRejectedAsUnsupported()
    {
        var fortran = """{"chunks":[2],"compressor":null,"dtype":"<f4","fill_value":"NaN","filters":null,"order":"F","shape":[4],"zarr_format":2}""";
        var blosc = """{"chunks":[2],"compressor":{"id":"blosc"},"dtype":"<f4","fill_value":"NaN","filters":null,"order":"C","shape":[4],"zarr_format":2}""";

        Assert.Throws<InvalidDataException>(() => ZarrArrayMetadata.Parse(Encoding.UTF8.GetBytes(fortran)));
        Assert.Throws<InvalidDataException>(() => ZarrArrayMetadata.Parse(Encoding.UTF8.GetBytes(blosc)));
    }

    [Fact]
    public void AttributesToJson_CfVariable_SortsKeysAndKeepsDimensionNames()
    {
        var attributes = ZarrAttributes.Empty
            .With("units", "degC")
            .With("standard_name", "sea_surface_temperature")
            .With("long_name", "Sea surface temperature")
            .With(ZarrAttributes.ArrayDimensions, ["time", "latitude", "longitude"]);

        var text = Encoding.UTF8.GetString(attributes.ToJson());

        Assert.Equal(
            """
            {
                "_ARRAY_DIMENSIONS": [
                    "time",
                    "latitude",
                    "longitude"
                ],
                "long_name": "Sea surface temperature",
                "standard_name": "sea_surface_temperature",
                "units": "degC"
            }
            """.ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public void GroupJson_IsZarrFormatTwo()
    {
        Assert.Equal("{\n    \"zarr_format\": 2\n}", Encoding.UTF8.GetString(ZarrGroup.GroupJson()));
    }

    [Fact]
    public void ToJson_NonAsciiAttributes_AreEscapedExactlyAsZarrPythonEscapesThem()
    {
        var attributes = ZarrAttributes.Empty
            .With("title", "青岛 × 😀").With("units", "°C").With("b", "tab\there \u007f").With("a", "<f4");

        var bytes = attributes.ToJson();

        // json.dumps(..., indent=4, sort_keys=True, ensure_ascii=True, separators=(",", ": ")), as zarr-python calls it.
        Assert.Equal(
            "{\n    \"a\": \"<f4\",\n    \"b\": \"tab\\there \\u007f\",\n    \"title\": \"\\u9752\\u5c9b \\u00d7 \\ud83d\\ude00\",\n    \"units\": \"\\u00b0C\"\n}",
            Encoding.ASCII.GetString(bytes));
        Assert.All(bytes, b => Assert.InRange(b, (byte)0x0A, (byte)0x7E));
        Assert.Equal("青岛 × 😀", System.Text.Json.JsonDocument.Parse(bytes).RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void AsciiEscaped_LeavesAnEscapedBackslashBeforeAU_Alone()
    {
        var json = Encoding.UTF8.GetBytes("{\"path\": \"C:\\\\users\", \"x\": \"\\u00D7\"}");

        Assert.Equal("{\"path\": \"C:\\\\users\", \"x\": \"\\u00d7\"}", Encoding.ASCII.GetString(ZarrJson.AsciiEscaped(json)));
    }
}
