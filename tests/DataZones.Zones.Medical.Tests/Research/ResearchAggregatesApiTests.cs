using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Zones.Medical.Tests.Hosting;

namespace DataZones.Zones.Medical.Tests.Research;

/// <summary>Research aggregates through HTTP on Azurite (the test clock stands at 2026-11-16).</summary>
public sealed class ResearchAggregatesApiTests
{
    private const string Path = "/zones/medical/research/cohorts";

    [Fact]
    public async Task Cohort_CountsPersonsByAgeAndSex_WithSmallCellsWithheldAndCountsRounded_AndNoRelationGivesOneAway()
    {
        var population = new CohortPopulation();
        // 23 women born 1970 (aged 54 in 2024), 12 admitted of whom 4 re-admitted within 30 days; 11 men born 1990;
        // 3 men born 1950 (one cell of 3).
        for (var i = 0; i < 23; i++)
        {
            var woman = population.Person(1970, female: true);
            population.Outpatient(woman, "E11.9", "2024-03-0" + (1 + i % 9));
            if (i < 12) population.Stay(woman, "E11.6", "2025-02-01", "2025-02-0" + (2 + i % 7));
            if (i < 4) population.Stay(woman, "E11.6", "2025-02-20", "2025-02-22");
        }

        for (var i = 0; i < 11; i++) population.Outpatient(population.Person(1990, female: false), "E11.9", "2025-06-10");
        for (var i = 0; i < 3; i++) population.Outpatient(population.Person(1950, female: false), "E11.9", "2025-06-10");

        await using var host = await MedicalHost.StartAsync();
        await host.IngestAsync("visits", "csv", population.VisitsCsv);
        using var client = host.Client(await ResearcherKeyAsync(host));

        var response = await client.PostAsJsonAsync(Path, new { diagnosisCategory = "e11", fromYear = 2024, toYear = 2026 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("X-Units-Charged")));
        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var cells = Cells(answer);

        Assert.Equal(35, cells[("all", "all", "persons")].Persons); // 37 persons, rounded to 5
        Assert.Equal(25, cells[("50-64", "F", "persons")].Persons); // 23 → 25
        Assert.Equal("too-few-persons", cells[("65-79", "M", "persons")].Withheld);
        Assert.Equal("too-few-persons", cells[("50-64", "F", "readmitted-30d")].Withheld); // 4 persons
        Assert.Equal(10, cells[("50-64", "F", "admitted")].Persons); // 12 → 10

        // All men = 11 + 3 (15 rounded): publishing the 11 beside them would give the three away, so the 11 goes too,
        // and then the 18-34 total, which would give the 11 away in its row.
        Assert.Equal(15, cells[("all", "M", "persons")].Persons);
        Assert.Equal("protects-another", cells[("18-34", "M", "persons")].Withheld);
        Assert.Equal("protects-another", cells[("18-34", "all", "persons")].Withheld);
        Assert.Equal(0, cells[("0-17", "F", "persons")].Persons);
        Assert.Null(cells[("all", "all", "persons")].Withheld);
        Assert.Equal(10, answer["minimumCellPersons"]!.GetValue<int>());
        Assert.Equal(5, answer["roundingBase"]!.GetValue<int>());
        Assert.DoesNotContain("370202", answer.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("2025-02", answer.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DifferencingAttack_TwoCohortsThatDifferByOnePerson_TheSecondIsRefusedUnbilled_WhateverThatPersonsRecordSays()
    {
        // Two worlds that differ only in the target's record: hospitalised and re-admitted woman of 55, or a man of
        // 40 seen once as an outpatient. The attacker asks "E11" and then "E11 and A10", which differ by the target
        // alone (everyone else is on A10). What the attacker sees of the second answer must be the same in both.
        var seen = new List<string>();
        foreach (var targetIsHospitalisedWoman in new[] { true, false })
        {
            var population = new CohortPopulation();
            for (var i = 0; i < 30; i++)
            {
                var person = population.Person(1960 + i % 20, female: i % 2 == 0);
                population.Outpatient(person, "E11.9", "2025-04-01").Prescribed(person, "A10BA02", "2025-04-01");
            }

            var target = population.Person(targetIsHospitalisedWoman ? 1969 : 1984, female: targetIsHospitalisedWoman);
            if (targetIsHospitalisedWoman) population.Stay(target, "E11.6", "2025-05-01", "2025-05-09").Stay(target, "E11.6", "2025-05-20", "2025-05-25");
            else population.Outpatient(target, "E11.9", "2025-05-01");

            await using var host = await MedicalHost.StartAsync();
            await host.IngestAsync("visits", "csv", population.VisitsCsv);
            await host.IngestAsync("prescriptions", "csv", population.PrescriptionsCsv);
            using var attacker = host.Client(await ResearcherKeyAsync(host));

            var everyone = await attacker.PostAsJsonAsync(Path, new { diagnosisCategory = "E11", fromYear = 2025, toYear = 2025 });
            var allButTarget = await attacker.PostAsJsonAsync(Path, new { diagnosisCategory = "E11", drugClass = "A10", fromYear = 2025, toYear = 2025 });

            Assert.Equal(HttpStatusCode.OK, everyone.StatusCode);
            Assert.Equal((HttpStatusCode)422, allButTarget.StatusCode);
            Assert.False(allButTarget.Headers.Contains("X-Units-Charged"));
            var problem = (await allButTarget.Content.ReadFromJsonAsync<JsonObject>())!;
            Assert.Equal("/problems/too-close-to-earlier-answer", problem["type"]!.GetValue<string>());
            seen.Add(problem["type"] + "|" + problem["detail"] + "|" + (int)allButTarget.StatusCode);

            // A second consumer asking the same second question is refused too: the audit spans consumers.
            using var colluder = host.Client(await ResearcherKeyAsync(host));
            Assert.Equal((HttpStatusCode)422, (await colluder.PostAsJsonAsync(Path, new { diagnosisCategory = "E11", drugClass = "A10", fromYear = 2025, toYear = 2025 })).StatusCode);
        }

        Assert.Equal(seen[0], seen[1]);
    }

    [Fact]
    public async Task TheSameCohortAgain_GetsTheSameAnswer_AndACohortTenPersonsApartInEveryCell_IsAnswered()
    {
        // Forty women of one age band, thirty of them on A10: every cell of the narrower cohort is ten persons apart
        // from the broader one's, or the same.
        var population = new CohortPopulation();
        for (var i = 0; i < 40; i++)
        {
            var person = population.Person(1970, female: true);
            population.Outpatient(person, "E11.9", "2025-04-01");
            if (i < 30) population.Prescribed(person, "A10BA02", "2025-04-01");
        }

        await using var host = await MedicalHost.StartAsync();
        await host.IngestAsync("visits", "csv", population.VisitsCsv);
        await host.IngestAsync("prescriptions", "csv", population.PrescriptionsCsv);
        using var client = host.Client(await ResearcherKeyAsync(host));

        var first = await client.PostAsJsonAsync(Path, new { diagnosisCategory = "E11", fromYear = 2025, toYear = 2025 });
        var again = await client.PostAsJsonAsync(Path, new { diagnosisCategory = "E11", fromYear = 2025, toYear = 2025 });
        var narrower = await client.PostAsJsonAsync(Path, new { diagnosisCategory = "E11", drugClass = "A10", fromYear = 2025, toYear = 2025 });

        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, narrower.StatusCode);
        Assert.Equal(30, Cells((await narrower.Content.ReadFromJsonAsync<JsonObject>())!)[("all", "all", "persons")].Persons);
    }

    [Fact]
    public async Task InvalidCohorts_Are400NamingEachField_AndNothingIsCharged()
    {
        await using var host = await MedicalHost.StartAsync();
        using var client = host.Client(await ResearcherKeyAsync(host));

        var response = await client.PostAsJsonAsync(Path, new { diagnosisCategory = "E1", drugClass = "A10B", fromYear = 2010, toYear = 2027 });
        var tooLong = await client.PostAsJsonAsync(Path, new { diagnosisCategory = "E11", fromYear = 2020, toYear = 2025 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Units-Charged"));
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("/problems/invalid-cohort-request", problem["type"]!.GetValue<string>());
        Assert.Equal(["diagnosisCategory", "drugClass", "fromYear", "toYear"], problem["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()));
        Assert.Equal(["toYear"], (await tooLong.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ACorrectedDiagnosis_LeavesItsOldCohort()
    {
        var population = new CohortPopulation();
        var persons = Enumerable.Range(0, 12).Select(i => population.Person(1970, female: true)).ToList();
        foreach (var person in persons) population.Outpatient(person, "J45.9", "2025-04-01");
        await using var host = await MedicalHost.StartAsync();
        await host.IngestAsync("visits", "csv", population.VisitsCsv);

        // The same visits sent again, now coded E11: they move from J45 to E11.
        await host.IngestAsync("visits", "csv", population.VisitsCsv.Replace("J45.9", "E11.9", StringComparison.Ordinal));
        using var client = host.Client(await ResearcherKeyAsync(host));

        var asthma = Cells((await (await client.PostAsJsonAsync(Path, new { diagnosisCategory = "J45", fromYear = 2025, toYear = 2025 })).Content.ReadFromJsonAsync<JsonObject>())!);
        var diabetes = Cells((await (await client.PostAsJsonAsync(Path, new { diagnosisCategory = "E11", fromYear = 2025, toYear = 2025 })).Content.ReadFromJsonAsync<JsonObject>())!);
        Assert.Equal(0, asthma[("all", "all", "persons")].Persons);
        Assert.Equal(10, diabetes[("all", "all", "persons")].Persons);
    }

    private static async Task<string> ResearcherKeyAsync(MedicalHost host) =>
        (await host.Host.SubscribedConsumerAsync(host.OperatorKey, "medical.research-aggregates", "pay-per-use")).Key;

    private static Dictionary<(string, string, string), (int? Persons, string? Withheld)> Cells(JsonObject answer) =>
        answer["cells"]!.AsArray().ToDictionary(
            c => (c!["ageBand"]!.GetValue<string>(), c["sex"]!.GetValue<string>(), c["measure"]!.GetValue<string>()),
            c => (c!["persons"]?.GetValue<int>(), c["withheld"]?.GetValue<string>()));
}
