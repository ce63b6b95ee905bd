using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Marketplace.Identifiers;
using DataZones.Zones.Medical.DemoData;
using DataZones.Zones.Medical.Reference;
using DataZones.Zones.Medical.Storage;
using DataZones.Zones.Medical.Tests.Hosting;
using static DataZones.Zones.Medical.Tests.MedicalTestData;

namespace DataZones.Zones.Medical.Tests.Ingestion;

public sealed class MedicalIngestionApiTests
{
    [Fact]
    public async Task Visits_GoodAndBadLines_LoadsTheGoodOnesIntoThePersonsPartitionAndReportsEachBadLineWithItsNumber()
    {
        await using var host = await MedicalHost.StartAsync();

        var job = await host.IngestAsync("visits", "csv", Csv(VisitsHeader,
            VisitLine(),
            VisitLine(visitId: "V2", person: "370202199003071234"),
            VisitLine(visitId: "V3", discharged: "2026-03-01"),
            VisitLine(visitId: "V4", primary: "K358"),
            VisitLine(visitId: "V5", total: "100.00"),
            VisitLine(visitId: "V6", type: "outpatient", discharged: "2026-03-04", procedures: "4709"),
            VisitLine(visitId: "V7", person: OtherPerson, type: "outpatient", admitted: "2026-04-01", discharged: "", procedures: "", settlement: "")));

        Assert.Equal("succeeded", job["state"]!.GetValue<string>());
        Assert.Equal(2, job["loaded"]!.GetValue<long>());
        Assert.Equal(5, job["rejected"]!.GetValue<long>());
        var problems = job["problems"]!.AsArray().Select(p => (p!["lineNumber"]!.GetValue<int>(), p["field"]?.GetValue<string>(), p["code"]!.GetValue<string>())).ToList();
        Assert.Contains((3, "id_number", "wrong-check-character"), problems);
        Assert.Contains((4, "discharged_on", "discharge-before-admission"), problems);
        Assert.Contains((5, "primary_diagnosis", "wrong-length"), problems);
        Assert.Contains((6, "total_cost", "amounts-do-not-add-up"), problems);
        Assert.Contains((7, "discharged_on", "outpatient-over-night"), problems);
        Assert.Contains((7, "procedures", "invalid-procedure-code"), problems);
        Assert.DoesNotContain(Person, job.ToJsonString(), StringComparison.Ordinal);

        var keys = host.Service<MedicalPersonKeys>();
        var history = await host.Service<MedicalReferenceStore>().ReadPersonAsync(keys.Of(Person), CancellationToken.None);
        var visit = Assert.Single(history.Visits);
        Assert.Equal((VisitType.Inpatient, 7, 7456.78m, 1990, Sex.Male), (visit.Type, visit.LengthOfStayDays, visit.SelfPaid, visit.BirthYear, visit.Sex));
        Assert.Equal(["I10"], visit.SecondaryDiagnoses);
        var outpatient = Assert.Single((await host.Service<MedicalReferenceStore>().ReadPersonAsync(keys.Of(OtherPerson), CancellationToken.None)).Visits);
        Assert.Equal((0, Sex.Female, (string?)null), (outpatient.LengthOfStayDays, outpatient.Sex, outpatient.SettlementNumber));
    }

    [Fact]
    public async Task Prescriptions_JsonLinesWithABadAtcCodeAndAMissingColumn_ReportsLineAndFailsTheHeaderlessFile()
    {
        await using var host = await MedicalHost.StartAsync();

        var jsonl = await host.IngestAsync("prescriptions", "jsonl",
            $"{{\"prescription_id\":\"P1\",\"id_number\":\"{Person}\",\"visit_id\":\"V1\",\"atc_code\":\"A10BA02\",\"prescribed_on\":\"2026-03-02\"}}\n"
            + $"{{\"prescription_id\":\"P2\",\"id_number\":\"{Person}\",\"visit_id\":\"V1\",\"atc_code\":\"10BA\",\"prescribed_on\":\"2026-03-02\"}}\n");
        var headerless = await host.IngestAsync("prescriptions", "csv", Csv("prescription_id,id_number,visit_id", $"P3,{Person},V1"));

        Assert.Equal((1L, 1L), (jsonl["loaded"]!.GetValue<long>(), jsonl["rejected"]!.GetValue<long>()));
        var problem = Assert.Single(jsonl["problems"]!.AsArray())!;
        Assert.Equal((2, "invalid-atc-code"), (problem["lineNumber"]!.GetValue<int>(), problem["code"]!.GetValue<string>()));
        Assert.Equal("failed", headerless["state"]!.GetValue<string>());
        Assert.Equal("missing-column", headerless["problems"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ingestion_ByAnotherHolderOrConsumer_IsRefused()
    {
        await using var host = await MedicalHost.StartAsync();
        var taxStaff = await host.StaffKeyAsync("qingdao-tax", "DataHolder");
        using var client = host.Client(taxStaff);

        var response = await client.PostAsync("/zones/medical/ingestions?source=visits&format=csv", new StringContent(Csv(VisitsHeader, VisitLine())));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("/problems/medical-source-not-permitted", (await response.Content.ReadFromJsonAsync<JsonObject>())!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task DemoData_LoadsThroughTheIngestionPathWithNoRejectedLine_AndIsDeterministic()
    {
        await using var host = await MedicalHost.StartAsync();
        var asOf = new DateOnly(2026, 11, 16);
        var demo = new MedicalDemoData(7, asOf, 120);
        var again = new MedicalDemoData(7, asOf, 120);

        foreach (var source in MedicalSources.All)
        {
            using var file = new MemoryStream();
            demo.WriteCsv(source, file);
            var job = await host.IngestAsync(MedicalSources.Code(source), "csv", System.Text.Encoding.UTF8.GetString(file.ToArray()));
            Assert.Equal(("succeeded", 0L), (job["state"]!.GetValue<string>(), job["rejected"]!.GetValue<long>()));
        }

        Assert.Equal(demo.Persons, again.Persons, new PersonComparer());
        Assert.All(demo.Persons, p => Assert.True(ResidentIdentityNumberValidator.Validate(p.IdentityNumber).IsValid));
        Assert.Equal(demo.Persons.Count, demo.Persons.Select(p => p.IdentityNumber).Distinct().Count());
        Assert.Contains(demo.Persons, p => p.Visits.Any(v => v.Type == VisitType.Inpatient));
        var first = demo.Persons.First(p => p.Visits.Count > 0);
        var stored = await host.Service<MedicalReferenceStore>().ReadPersonAsync(host.Service<MedicalPersonKeys>().Of(first.IdentityNumber), CancellationToken.None);
        Assert.Equal(first.Visits.Count, stored.Visits.Count);
        Assert.Equal(first.Visits.Sum(v => v.Drugs.Count), stored.Prescriptions.Count);
    }

    private sealed class PersonComparer : IEqualityComparer<DemoPerson>
    {
        public bool Equals(DemoPerson? x, DemoPerson? y) =>
            x!.IdentityNumber == y!.IdentityNumber && x.Visits.Count == y.Visits.Count
            && x.Visits.Zip(y.Visits).All(p => p.First.VisitId == p.Second.VisitId && p.First.TotalCost == p.Second.TotalCost && p.First.AdmittedOn == p.Second.AdmittedOn);

        public int GetHashCode(DemoPerson obj) => obj.IdentityNumber.GetHashCode(StringComparison.Ordinal);
    }
}
