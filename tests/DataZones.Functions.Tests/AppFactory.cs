using DataZones.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DataZones.Functions.Tests;

/// <summary>
/// The real app in process, on the tests' Azurite, in the Production environment unless told otherwise, with its
/// own table prefix, off the Functions host unless <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> is among the settings.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;
    private readonly string environment;

    public AppFactory()
        : this("Production", null)
    {
    }

    internal AppFactory(string environment, IDictionary<string, string?>? settings)
    {
        this.environment = environment;
        this.settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = TestStorage.ConnectionString,
            // Tables of its own, so that tests running in parallel never see each other's catalog or usage.
            ["Persistence:TablePrefix"] = TestStorage.UniqueName("t"),
            ["Receipts:AllowGeneratedKey"] = "true",
            // The finance zone refuses to start without its identifier hashing key (a test-only value).
            ["Finance:IdentifierHashKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
            ["Medical:IdentifierHashKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i + 40)).ToArray()),
            ["Consent:SubjectHashKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i + 80)).ToArray()),
            ["Transport:IdentifierHashKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i + 120)).ToArray()),
            // Jobs run when a test says so, not when the wall clock passes :05 (LocalSchedulerTests runs the scheduler).
            ["Scheduling:LocalScheduler"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) this.settings[key] = value;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}
