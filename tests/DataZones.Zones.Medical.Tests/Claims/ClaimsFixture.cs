using DataZones.Zones.Medical.Tests.Hosting;
using static DataZones.Zones.Medical.Tests.MedicalTestData;

namespace DataZones.Zones.Medical.Tests.Claims;

/// <summary>
/// One host for the claim-rule tests, loaded once: the person's appendectomy stay (<see cref="VisitLine"/>'s
/// defaults), a stroke stay with a re-admission four days after it and another 21 days after that, and an insurer
/// holding the person's consent. Every test verifies under the same claim reference, so none of them is a repeated
/// claim of another's; the repeated-claim test uses a person of its own.
/// </summary>
public sealed class ClaimsFixture : IAsyncLifetime
{
    internal MedicalHost Host { get; private set; } = null!;

    public string InsurerId { get; private set; } = "";

    public string InsurerKey { get; private set; } = "";

    public string Consent { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Host = await MedicalHost.StartAsync();
        await Host.IngestAsync("visits", "csv", Csv(VisitsHeader,
            VisitLine(),
            VisitLine(visitId: "V10", admitted: "2026-05-01", discharged: "2026-05-10", primary: "I63.9", secondary: "", procedures: ""),
            VisitLine(visitId: "V11", admitted: "2026-05-14", discharged: "2026-05-20", primary: "I63.9", secondary: "", procedures: ""),
            VisitLine(visitId: "V12", admitted: "2026-06-10", discharged: "2026-06-15", primary: "I63.9", secondary: "", procedures: ""),
            VisitLine(visitId: "V20", person: OtherPerson)));
        (InsurerId, InsurerKey) = await Host.InsurerAsync();
        Consent = await Host.GrantAsync(Person, InsurerId);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
