using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using DataZones.Marketplace.Identifiers;
using DataZones.Zones.Medical.Reference;
using DataZones.Zones.Medical.Tests.Hosting;
using Xunit.Abstractions;

namespace DataZones.Zones.Medical.Tests.Privacy;

/// <summary>
/// Random persons and visits, random claims (matching, near and far; single and as a batch job), underwriting checks
/// and research cohorts: no answer and no log
/// line may contain anything the record holds — a date, an amount, a code, an institution, a settlement number, a
/// visit id, an identity number or a person key. The seed is printed; set MEDICAL_PRIVACY_SEED to replay one.
/// </summary>
public sealed class ResponsePrivacyRandomisedTests(ITestOutputHelper output)
{
    private const int Persons = 12;
    private static readonly string[] Diagnoses = ["K35.8", "K80.2", "E11.9", "J06.9", "I63.9", "M16.1", "J44.1", "N18.3"];
    private static readonly string[] Procedures = ["47.09", "51.23", "81.51", "36.06"];

    [Fact]
    public async Task RandomClaimsAndChecks_NoAnswerOrLogLine_ContainsAStoredValue()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("MEDICAL_PRIVACY_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var fixedSeed)
            ? fixedSeed : Random.Shared.Next();
        output.WriteLine($"MEDICAL_PRIVACY_SEED={seed}");
        var random = new Random(seed);
        await using var host = await MedicalHost.StartAsync();
        var (insurer, key) = await host.InsurerAsync();
        var people = Enumerable.Range(0, Persons).Select(i => ResidentIdentityNumberValidator.Complete(
            $"3702{random.Next(2, 86):00}{1950 + random.Next(50)}{1 + random.Next(12):00}{1 + random.Next(28):00}{random.Next(1000):000}")).Distinct().ToList();
        var visits = people.SelectMany((p, i) => Enumerable.Range(0, 1 + random.Next(4)).Select(v => RandomVisit(random, p, $"RV{i:00}X{v}"))).ToList();
        var job = await host.IngestAsync("visits", "csv", MedicalTestData.Csv([MedicalTestData.VisitsHeader, .. visits.Select(v => v.Line)]));
        Assert.True(job["rejected"]!.GetValue<long>() == 0, $"seed {seed}: {job.ToJsonString()}");
        var consents = new Dictionary<string, string>();
        foreach (var person in people) consents[person] = await host.GrantAsync(person, insurer);
        var logsBefore = host.Host.Logs.Lines.Count;

        using var client = host.Client(key);
        var answers = new StringBuilder();
        var answered = 0;
        for (var call = 0; call < 60; call++)
        {
            var visit = visits[random.Next(visits.Count)];
            var person = random.NextDouble() < 0.9 ? visit.Person : people[random.Next(people.Count)];
            var response = random.NextDouble() < 0.75
                ? await client.PostAsJsonAsync("/zones/medical/claim-verifications", RandomClaim(random, visit, person, consents[person], call))
                : await client.PostAsJsonAsync("/zones/medical/underwriting-checks", new
                {
                    identityNumber = person, consentId = consents[person], lookbackYears = 1 + random.Next(5),
                    conditions = new[] { "I", "II", "IV", "IX", "X", "XI", "XIII", "XIV" }.Where(_ => random.NextDouble() < 0.5).DefaultIfEmpty("IX").ToArray(),
                });
            if (response.IsSuccessStatusCode) answered++;
            answers.AppendLine(await response.Content.ReadAsStringAsync());
            foreach (var header in response.Headers.Where(h => h.Key != "X-Receipt")) answers.AppendLine(string.Join(' ', header.Value));
        }

        Assert.True(answered > 30, $"seed {seed}: only {answered} of 60 calls were answered; the test would prove little");

        // A batch of random claims, read back from the job; and research cohorts over the same records.
        var batchItems = Enumerable.Range(0, 20).Select(i =>
        {
            var visit = visits[random.Next(visits.Count)];
            return RandomClaim(random, visit, visit.Person, consents[visit.Person], 100 + i);
        }).ToList();
        var batch = (await (await client.PostAsJsonAsync("/zones/medical/claim-verifications/batches", new { items = batchItems })).EnsureSuccessStatusCode()
            .Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!;
        answers.AppendLine(batch.ToJsonString());
        var status = batch["batch"]!["status"]!.GetValue<string>();
        for (var poll = 0; poll < 600 && (await client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>(status))!["state"]!.GetValue<string>() is "queued" or "running"; poll++)
        {
            await Task.Delay(100);
        }

        answers.AppendLine(await client.GetStringAsync(status + "/items"));
        var (_, researcherKey, _) = await host.Host.SubscribedConsumerAsync(host.OperatorKey, "medical.research-aggregates", "pay-per-use");
        using var researcher = host.Client(researcherKey);
        foreach (var category in Diagnoses.Select(d => d[..3]).Distinct())
        {
            var from = 2021 + random.Next(5);
            var cohort = await researcher.PostAsJsonAsync("/zones/medical/research/cohorts", new { diagnosisCategory = category, fromYear = from, toYear = Math.Min(2026, from + random.Next(5)) });
            answers.AppendLine(await cohort.Content.ReadAsStringAsync());
        }
        var text = answers + string.Join('\n', host.Host.Logs.Lines.Skip(logsBefore));
        var keys = host.Service<MedicalPersonKeys>();
        var stored = visits.SelectMany(v => v.StoredValues).Concat(people).Concat(people.Select(keys.Of)).Distinct().ToList();
        var leaked = stored.Where(value => text.Contains(value, StringComparison.Ordinal)).ToList();
        Assert.True(leaked.Count == 0, $"seed {seed}: answers or logs contain stored values {string.Join(", ", leaked)}");
    }

    private sealed record RandomVisitRow(string Person, string Line, DateOnly Admitted, DateOnly Discharged, string Institution, string Diagnosis, string Procedure, decimal SelfPaid, IReadOnlyList<string> StoredValues);

    private static RandomVisitRow RandomVisit(Random random, string person, string visitId)
    {
        var admitted = new DateOnly(2021, 1, 1).AddDays(random.Next(5 * 365));
        var inpatient = random.NextDouble() < 0.5;
        var discharged = inpatient ? admitted.AddDays(1 + random.Next(20)) : admitted;
        var institution = $"QD3702{random.Next(2, 86):00}-{random.Next(1, 99):00}";
        var diagnosis = Diagnoses[random.Next(Diagnoses.Length)];
        var procedure = inpatient && random.NextDouble() < 0.6 ? Procedures[random.Next(Procedures.Length)] : "";
        var fund = random.Next(10_000, 5_000_000) / 100m;
        var self = random.Next(1_000, 2_000_000) / 100m;
        var total = fund + self;
        var settlement = $"YB{random.Next(10_000_000, 99_999_999)}";
        var line = string.Join(',', visitId, person, institution, inpatient ? "inpatient" : "outpatient", Day(admitted), inpatient ? Day(discharged) : "",
            diagnosis, "", procedure, Money(total), Money(fund), Money(self), settlement);
        IReadOnlyList<string> values = [visitId, Day(admitted), Day(discharged), institution, diagnosis, Money(total), Money(fund), Money(self), settlement, .. procedure.Length > 0 ? [procedure] : Array.Empty<string>()];
        return new RandomVisitRow(person, line, admitted, discharged, institution, diagnosis, procedure, self, values);
    }

    // The claimed values are the insurer's own input and are never echoed; they are near the record, or far from it.
    private static object RandomClaim(Random random, RandomVisitRow visit, string person, string consent, int call) => new
    {
        claimReference = $"C-{call}",
        identityNumber = person,
        consentId = consent,
        policy = new { startsOn = Day(visit.Admitted.AddDays(-random.Next(400))), endsOn = Day(visit.Admitted.AddDays(random.Next(-10, 400))), waitingPeriodDays = random.Next(0, 90) },
        institutionCode = random.NextDouble() < 0.85 ? visit.Institution : "QD370299-77",
        admittedOn = Day(visit.Admitted.AddDays(random.NextDouble() < 0.85 ? 0 : random.Next(-3, 4))),
        dischargedOn = Day(visit.Discharged),
        diagnoses = new[] { random.NextDouble() < 0.8 ? visit.Diagnosis : Diagnoses[random.Next(Diagnoses.Length)] },
        procedures = visit.Procedure.Length > 0 && random.NextDouble() < 0.7 ? new[] { visit.Procedure } : null,
        claimedAmount = Math.Max(0.01m, Math.Round(visit.SelfPaid * (decimal)(0.5 + random.NextDouble()), 2)),
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
