using System.Globalization;
using System.Net;
using DataZones.Zones.Ocean.Tests.Api;
using static DataZones.Zones.Ocean.Tests.Api.OceanHttp;

namespace DataZones.Zones.Ocean.Tests.Clients;

/// <summary>f=NetCDF read by readers that are not our writer: the netCDF-C library (netCDF4-python) and xarray.</summary>
[Collection(OceanApiCollection.Name)]
public sealed class NetCdfAnswerTests(OceanApiFixture fixture) : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("datazones-netcdf").FullName;

    [Theory]
    [InlineData("cube?bbox=120,35,121.3,35.6&datetime=2025-01-01/2025-01-03")]
    [InlineData("area?coords=POLYGON((120 35, 121.3 35, 120 36, 120 35))&datetime=2025-01-02")]
    [InlineData("position?coords=POINT(120.5 35.5)")]
    public async Task NetCdf_OpensInNetCdf4AndXarray_WithCfMetadata_AndTheCsvAnswersValues(string query)
    {
        using var client = await fixture.ClientAsync();
        var selection = $"{TestSea}/{query}&parameter-name=sea_surface_temperature";

        var response = await client.GetAsync(selection + "&f=NetCDF");
        var csv = await (await client.GetAsync(selection + "&f=CSV")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-netcdf", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".nc", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var file = Path.Combine(directory, Guid.NewGuid().ToString("N") + ".nc");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
        var read = await PythonClients.RunAsync("open_netcdf.py", file, "sea_surface_temperature");

        var library = read["netcdf4"]!;
        Assert.Equal("NETCDF3_64BIT_OFFSET", library["format"]!.GetValue<string>());
        Assert.Equal("CF-1.8", library["attrs"]!["Conventions"]!.GetValue<string>());
        Assert.Equal("Test institute", library["attrs"]!["institution"]!.GetValue<string>());
        Assert.Equal("CC0-1.0", library["attrs"]!["license"]!.GetValue<string>());
        Assert.Equal(["time", "latitude", "longitude"], library["dims"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("degC", library["variableAttrs"]!["units"]!.GetValue<string>());
        Assert.Equal("sea_surface_temperature", library["variableAttrs"]!["standard_name"]!.GetValue<string>());
        // CSV rows exist only for the cells an area query selects; the grid holds fill elsewhere.
        var rows = csv.TrimEnd('\n').Split('\n').Skip(1).Select(r => r.Split(',')).ToList();
        var xr = read["xarray"]!;
        var lats = xr["latitude"]!.AsArray().Select(v => v!.GetValue<double>()).ToList();
        var lons = xr["longitude"]!.AsArray().Select(v => v!.GetValue<double>()).ToList();
        var times = xr["time"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
        foreach (var source in new[] { library["values"]!, xr["values"]! })
        {
            var values = source.AsArray().Select(v => v?.GetValue<double>()).ToList();
            Assert.Equal(times.Count * lats.Count * lons.Count, values.Count);
            foreach (var row in rows)
            {
                var (t, y, x) = (times.IndexOf(row[0]), lats.IndexOf(Number(row[1])), lons.IndexOf(Number(row[2])));
                var actual = values[(t * lats.Count + y) * lons.Count + x];
                if (row[3].Length == 0) Assert.Null(actual);
                else Assert.Equal(Number(row[3]), actual!.Value, 5);
            }
        }
        Assert.Equal(rows.Select(r => r[0]).Distinct(), times);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
