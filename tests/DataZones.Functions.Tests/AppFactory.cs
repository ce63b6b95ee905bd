using DataZones.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DataZones.Functions.Tests;

/// <summary>The real app in process, on the tests' Azurite, in the Production environment unless told otherwise.</summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;
    private readonly string environment;

    public AppFactory(string environment = "Production", IDictionary<string, string?>? settings = null)
    {
        this.environment = environment;
        this.settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = TestStorage.ConnectionString,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) this.settings[key] = value;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}
