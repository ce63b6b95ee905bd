using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DataZones.Zones.Transport.Tests.Hosting;
using static DataZones.Zones.Transport.Tests.TransportTestData;

namespace DataZones.Zones.Transport.Tests.Ingestion;

public sealed class TransportIngestionApiTests
{
    [Fact]
    public async Task Ingest_BadLines_AreReportedWithTheirLineNumbers_AndGoodLinesLoad()
    {
        await using var host = await TransportHost.StartAsync();
        var file = Csv("case_number,vin,occurred_at,longitude,latitude,liability_percent,injuries,damage,driver_id_number",
            $"{TruckCase},{Truck},2026-03-15T08:20:00+08:00,120.38291,36.06712,70,1,moderate,{Driver}",
            $"C2,{Truck[..16]}Q,2026-03-15T08:20:00+08:00,120.3,36.0,70,0,minor,",
            $"C3,{Truck},2026-03-15 08:20,200.5,36.0,170,0,crushed,370202199003071234");

        var job = await host.IngestAsync("accidents", file);

        Assert.Equal(("succeeded", 3L, 1L, 2L), (job["state"]!.GetValue<string>(), job["linesRead"]!.GetValue<long>(), job["loaded"]!.GetValue<long>(), job["rejected"]!.GetValue<long>()));
        var problems = job["problems"]!.AsArray().Select(p => (p!["lineNumber"]!.GetValue<int>(), p["field"]!.GetValue<string>(), p["code"]!.GetValue<string>())).ToList();
        Assert.Equal(
            [(3, "vin", "invalid-character"), (4, "occurred_at", "invalid-timestamp"), (4, "longitude", "invalid-coordinate"),
             (4, "liability_percent", "out-of-range"), (4, "damage", "invalid-value"), (4, "driver_id_number", "wrong-check-character")],
            problems);
        Assert.DoesNotContain("370202199003071234", job.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_EachSourceOnlyByItsHolder_OthersAre403()
    {
        await using var host = await TransportHost.StartAsync();
        var police = await host.StaffKeyAsync("qingdao-traffic-police", "DataHolder");
        var registry = await host.StaffKeyAsync("qingdao-vehicle-administration", "DataHolder");
        var vehicles = Csv("vin,plate,vehicle_type,use_nature,first_registered_on", $"{Truck},{TruckPlate},heavy-truck,freight,2020-06-01");
        using var policeClient = host.Client(police);

        var refused = await policeClient.PostAsync("/zones/transport/ingestions?source=vehicles&format=csv", new StringContent(vehicles, Encoding.UTF8));
        var accepted = await host.IngestAsync("vehicles", vehicles, registry);
        var otherHoldersView = await policeClient.GetAsync($"/zones/transport/ingestions/{accepted["id"]}");
        var unknown = await policeClient.PostAsync("/zones/transport/ingestions?source=plates&format=xml", new StringContent(vehicles, Encoding.UTF8));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("/problems/transport-source-not-permitted", (await refused.Content.ReadFromJsonAsync<JsonObject>())!["type"]!.GetValue<string>());
        Assert.Equal("succeeded", accepted["state"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, otherHoldersView.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(["source", "format"], (await unknown.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()));
    }
}
