using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Marketplace.Identifiers;
using DataZones.Zones.Transport.Tests.Hosting;

namespace DataZones.Zones.Transport.Tests.Traffic;

public sealed class TrafficIndicatorsApiTests
{
    private const string Path = "/zones/transport/traffic-indicators";

    // Segment S1 of zone shinan, 1–7 November: 15 vehicles at 07:00 and 12 at 08:00 every day, 5 at 09:00 (too few).
    // On 8 November one more vehicle passes at 08:00: the target of the differencing attack.
    private static string Observations()
    {
        var lines = new List<string> { "observation_id,zone,segment_id,observed_at,vin,speed_kmh,free_flow_kmh" };
        for (var day = 1; day <= 8; day++)
        {
            foreach (var (hour, count) in new[] { (7, 15), (8, 12), (9, 5) })
            {
                for (var v = 0; v < count; v++) lines.Add(Line(day, hour, v, 30 + v));
            }
        }

        lines.Add(Line(8, 8, 99, 12));
        return TransportTestData.Csv([.. lines]);
    }

    private static string Line(int day, int hour, int vehicle, int speed) => string.Create(CultureInfo.InvariantCulture,
        $"O{day}-{hour}-{vehicle},shinan,S1,2026-11-{day:00}T{hour:00}:20:00+08:00,{Vin(vehicle)},{speed},60");

    private static string Vin(int vehicle) => VehicleIdentificationNumberValidator.Complete(string.Create(CultureInfo.InvariantCulture, $"LSVAU2180PN{100_000 + vehicle}"));

    [Fact]
    public async Task Indicators_SmallCellWithheld_AndOneMoreCellWithheldToProtectIt_NoFigureOfEither()
    {
        await using var host = await StartAsync();
        using var client = host.Client(await host.ConsumerAsync());

        var response = await client.PostAsJsonAsync(Path, new { zone = "shinan", from = "2026-11-01", to = "2026-11-07" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("X-Units-Charged")));
        var cells = (await response.Content.ReadFromJsonAsync<JsonObject>())!["cells"]!.AsArray();
        var byHour = cells.ToDictionary(c => c!["hour"]!.GetValue<string>(), c => c!);
        Assert.Equal("withheld-too-few-vehicles", byHour["09"]["status"]!.GetValue<string>());
        Assert.Equal(2, cells.Count(c => c!["status"]!.GetValue<string>() != "published"));
        Assert.Contains(cells, c => c!["status"]!.GetValue<string>() == "withheld-protects-another");
        Assert.All(cells.Where(c => c!["status"]!.GetValue<string>() != "published"), c => Assert.Null(c!["averageSpeedKmh"]));
        Assert.Equal(15, byHour["07"]["vehicles"]!.GetValue<int>());
        Assert.Equal(105, byHour["07"]["volume"]!.GetValue<int>());
        Assert.Equal(37, byHour["07"]["averageSpeedKmh"]!.GetValue<int>());
        Assert.Equal(1.62m, byHour["07"]["congestionIndex"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Indicators_DifferencingAttack_RangeOneDayLongerAddingOneVehicle_IsRefused_NotBilled()
    {
        await using var host = await StartAsync();
        using var attacker = host.Client(await host.ConsumerAsync());
        using var other = host.Client(await host.ConsumerAsync());

        var week = await attacker.PostAsJsonAsync(Path, new { zone = "shinan", from = "2026-11-01", to = "2026-11-07", by = "zone" });
        var again = await other.PostAsJsonAsync(Path, new { zone = "shinan", from = "2026-11-01", to = "2026-11-07", by = "zone" });
        var longer = await attacker.PostAsJsonAsync(Path, new { zone = "shinan", from = "2026-11-01", to = "2026-11-08", by = "zone" });
        var fromOtherConsumer = await other.PostAsJsonAsync(Path, new { zone = "shinan", from = "2026-11-01", to = "2026-11-08", by = "zone" });

        Assert.Equal(HttpStatusCode.OK, week.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(await week.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        foreach (var refused in new[] { longer, fromOtherConsumer })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.False(refused.Headers.Contains("X-Units-Charged"));
            var problem = (await refused.Content.ReadFromJsonAsync<JsonObject>())!;
            Assert.Equal("/problems/too-close-to-earlier-answer", problem["type"]!.GetValue<string>());
            Assert.DoesNotContain("08", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Indicators_Csv_HasAHeaderAndARowPerCell_BadInputs_Are400()
    {
        await using var host = await StartAsync();
        using var client = host.Client(await host.ConsumerAsync());

        var csv = await client.PostAsJsonAsync(Path, new { zone = "shinan", from = "2026-11-01", to = "2026-11-07", format = "csv" });
        var bad = await client.PostAsJsonAsync(Path, new { zone = "shi/nan", from = "2026-11-09", to = "2026-11-01", by = "street", format = "xml" });

        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var rows = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("area,hour,status,vehicles,volume,average_speed_kmh,congestion_index", rows[0]);
        Assert.Equal(5, rows.Length);
        Assert.Contains("S1,07,published,15,105,37,1.62", rows);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["zone", "to", "by", "format"], (await bad.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()));
    }

    private static async Task<TransportHost> StartAsync()
    {
        var host = await TransportHost.StartAsync();
        var job = await host.IngestAsync("traffic-observations", Observations());
        Assert.True(job["rejected"]!.GetValue<long>() == 0, job.ToJsonString());
        return host;
    }
}
