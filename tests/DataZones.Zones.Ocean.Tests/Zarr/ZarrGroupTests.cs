using System.Text;
using DataZones.Zones.Ocean.Zarr;

namespace DataZones.Zones.Ocean.Tests.Zarr;

public sealed class ZarrGroupTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly DirectoryZarrStore _store;

    public ZarrGroupTests() => _store = new DirectoryZarrStore(_directory.Path);

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task ConsolidateAsync_GroupWithOneArray_WritesTheZarrPythonDocument()
    {
        await ZarrGroup.CreateAsync(_store, "demo", ZarrAttributes.Empty.With("title", "Demo"));
        await ZarrArrayWriter<float>.WriteAsync(
            _store, "demo/hs", new ZarrArrayMetadata([2], [2], ZarrDataType.Float32, ZarrCompressor.Zlib(1), double.NaN),
            ZarrAttributes.Empty.With(ZarrAttributes.ArrayDimensions, ["time"]).With("units", "m"), new float[] { 1, 2 });

        await ZarrConsolidatedMetadata.ConsolidateAsync(_store, "demo");

        var text = Encoding.UTF8.GetString((await _store.GetAsync("demo/.zmetadata"))!);
        Assert.Equal(
            """
            {
                "metadata": {
                    ".zattrs": {
                        "title": "Demo"
                    },
                    ".zgroup": {
                        "zarr_format": 2
                    },
                    "hs/.zarray": {
                        "chunks": [
                            2
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
                            2
                        ],
                        "zarr_format": 2
                    },
                    "hs/.zattrs": {
                        "_ARRAY_DIMENSIONS": [
                            "time"
                        ],
                        "units": "m"
                    }
                },
                "zarr_consolidated_format": 1
            }
            """.ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public async Task OpenAsync_ConsolidatedOrNot_FindsTheSameArraysAndAttributes()
    {
        await ZarrGroup.CreateAsync(_store, "g", ZarrAttributes.Empty.With("title", "G"));
        var metadata = new ZarrArrayMetadata([3], [2], ZarrDataType.Float32, null, double.NaN);
        await ZarrArrayWriter<float>.WriteAsync(_store, "g/a", metadata, ZarrAttributes.Empty.With("units", "m"), new float[] { 1, 2, 3 });
        await ZarrArrayWriter<float>.WriteAsync(_store, "g/b", metadata, ZarrAttributes.Empty, new float[] { 4, 5, 6 });

        var listed = (await ZarrGroup.OpenAsync(_store, "g"))!;
        await ZarrConsolidatedMetadata.ConsolidateAsync(_store, "g");
        var consolidated = (await ZarrGroup.OpenAsync(_store, "g"))!;

        foreach (var group in new[] { listed, consolidated })
        {
            Assert.Equal("G", group.Attributes.GetString("title"));
            Assert.Equal(["a", "b"], group.Arrays.Keys);
            Assert.Equal("m", group.Arrays["a"].Attributes.GetString("units"));
            Assert.Equal(new float[] { 4, 5, 6 }, await group.Arrays["b"].ReadAllAsync<float>());
        }
    }

    [Fact]
    public async Task OpenAsync_NoGroup_ReturnsNull()
    {
        Assert.Null(await ZarrGroup.OpenAsync(_store, "absent"));
    }
}
