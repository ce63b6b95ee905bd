using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using DataZones.Zones.Transport.DemoData;
using DataZones.Zones.Transport.Reference;
using DataZones.Zones.Transport.Tests.Hosting;
using Xunit.Abstractions;

namespace DataZones.Zones.Transport.Tests.Privacy;

/// <summary>
/// A random demo fleet loaded through the holders' uploads, then random calls to every product: no answer and no log
/// line may contain a stored plate, an owner's or driver's identity number, a case number or an odometer reading.
/// The seed is printed; set TRANSPORT_PRIVACY_SEED to replay one.
/// </summary>
public sealed partial class AnswerPrivacyRandomisedTests(ITestOutputHelper output)
{
    private const int Vehicles = 30;
    private const int Calls = 80;

    [Fact]
    public async Task RandomCallsToEveryProduct_NoAnswerOrLogLine_ContainsAStoredPlateOwnerCaseOrReading()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("TRANSPORT_PRIVACY_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var fixedSeed)
            ? fixedSeed : Random.Shared.Next();
        output.WriteLine($"TRANSPORT_PRIVACY_SEED={seed}");
        var random = new Random(seed);
        await using var host = await TransportHost.StartAsync();
        var fleet = new TransportDemoData(seed, new DateOnly(2026, 11, 16), Vehicles);
        foreach (var source in TransportSources.All)
        {
            using var file = new MemoryStream();
            fleet.WriteCsv(source, file);
            var job = await host.IngestAsync(TransportSources.Code(source), Encoding.UTF8.GetString(file.ToArray()));
            Assert.True(job["rejected"]!.GetValue<long>() == 0, $"seed {seed}: {job.ToJsonString()}");
        }

        var key = await host.ConsumerAsync();
        using var client = host.Client(key);
        var answers = new StringBuilder();
        for (var call = 0; call < Calls; call++)
        {
            var vehicle = fleet.Vehicles[random.Next(fleet.Vehicles.Count)];
            var accident = vehicle.Accidents.Count > 0 ? vehicle.Accidents[random.Next(vehicle.Accidents.Count)].Party : null;
            var other = fleet.Vehicles[random.Next(fleet.Vehicles.Count)];
            var response = random.Next(5) switch
            {
                0 => await client.GetAsync($"/zones/transport/vins/{vehicle.Vin}/decoding"),
                1 => await client.PostAsJsonAsync("/zones/transport/truck-underwritings", new { vin = vehicle.Vin, plate = random.Next(2) == 0 ? vehicle.Plate : other.Plate }),
                2 => await client.PostAsJsonAsync("/zones/transport/used-car-histories", new { vin = vehicle.Vin, purpose = "purchase" }),
                3 when accident is not null => await client.PostAsJsonAsync("/zones/transport/accident-verifications",
                    new { vin = random.Next(3) == 0 ? other.Vin : vehicle.Vin, caseNumber = accident.CaseNumber }),
                _ => await client.PostAsJsonAsync("/zones/transport/accident-verifications", new
                {
                    vin = vehicle.Vin,
                    occurredAt = (accident?.OccurredAt ?? new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.FromHours(8))).AddMinutes(random.Next(-90, 90)),
                    longitude = 120.2 + (random.NextDouble() * 0.5),
                    latitude = 36.0 + (random.NextDouble() * 0.3),
                }),
            };
            Assert.True((int)response.StatusCode is 200 or 404, $"seed {seed}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            answers.AppendLine(await response.Content.ReadAsStringAsync());
        }

        // VINs are the question, not a stored secret, and odometer bands are bounds of 10,000 km: both are taken out
        // before looking for readings, whose digits could otherwise occur inside them by chance.
        var text = answers.ToString();
        var withoutVinsAndBands = Bands().Replace(fleet.Vehicles.Aggregate(text, (t, v) => t.Replace(v.Vin, "VIN", StringComparison.Ordinal)), "band");
        var logs = string.Join('\n', host.Host.Logs.Lines);
        foreach (var vehicle in fleet.Vehicles)
        {
            foreach (var secret in Secrets(vehicle))
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"seed {seed}: an answer holds a stored value of {vehicle.Vin}");
                Assert.False(logs.Contains(secret, StringComparison.Ordinal), $"seed {seed}: a log line holds a stored value of {vehicle.Vin}");
            }

            foreach (var reading in vehicle.Inspections.Select(i => i.OdometerKm.ToString(CultureInfo.InvariantCulture)))
            {
                Assert.False(Regex.IsMatch(withoutVinsAndBands, $@"(?<![0-9]){reading}(?![0-9])"), $"seed {seed}: an answer holds an odometer reading of {vehicle.Vin}");
            }
        }
    }

    private static IEnumerable<string> Secrets(DemoVehicle vehicle) =>
        new[] { vehicle.Plate, vehicle.Plate[2..] }
            .Concat(vehicle.Events.Select(e => e.OwnerIdNumber).OfType<string>())
            .Concat(vehicle.Accidents.SelectMany(a => new[] { a.DriverIdNumber, a.Party.CaseNumber }));

    [GeneratedRegex("\"kmBand\":\"[0-9]+-[0-9]+\"")]
    private static partial Regex Bands();
}
