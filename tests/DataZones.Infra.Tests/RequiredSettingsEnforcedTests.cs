using System.Net;
using System.Security.Cryptography;
using DataZones.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DataZones.Infra.Tests;

/// <summary>
/// The marks the template is checked against are true: the real app, in Production, starts with every required
/// setting and refuses to start without any one of them, naming it. So a setting marked but not enforced, or
/// enforced but not marked (the complete configuration below would then not start), shows here.
/// </summary>
public sealed class RequiredSettingsEnforcedTests
{
    public static TheoryData<string> Required => new(RequiredSettings.InProduction.Select(s => s.Name));

    [Fact]
    public async Task WithEveryRequiredSetting_TheAppStartsInProduction()
    {
        await using var app = new ProductionApp(Complete());

        var health = await app.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Required))]
    public async Task WithoutOne_TheAppRefusesToStart_NamingIt(string name)
    {
        var required = RequiredSettings.InProduction.Single(s => s.Name == name);
        var settings = Complete();
        settings.Remove(Key(required.Name));
        if (required.AlternativeName is { } alternative)
        {
            // Without the alternative either, and with the settings that stand in for it except this one.
            settings.Remove(Key(alternative));
            foreach (var sibling in RequiredSettings.InProduction.Where(s => s.AlternativeName == alternative && s != required))
            {
                settings[Key(sibling.Name)] = "https://127.0.0.1:9/";
            }
        }
        await using var app = new ProductionApp(settings);

        var error = Record.Exception(() => app.Server);

        Assert.True(error is not null, $"The app started in Production without {Key(required.Name)}: it is marked [RequiredInProduction] but not enforced.");
        Assert.Contains(Key(required.Name), Messages(error), StringComparison.Ordinal);
    }

    /// <summary>A Production configuration on the tests' Azurite with a value for each required setting.</summary>
    private static Dictionary<string, string?> Complete()
    {
        using var signing = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = TestStorage.ConnectionString,
            ["Persistence:TablePrefix"] = TestStorage.UniqueName("i"),
            ["Scheduling:LocalScheduler"] = "false",
            ["Receipts:SigningKeyPem"] = signing.ExportPkcs8PrivateKeyPem(),
            ["Finance:IdentifierHashKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Medical:IdentifierHashKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Consent:SubjectHashKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Transport:IdentifierHashKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
    }

    private static string Key(string settingName) => settingName.Replace("__", ":", StringComparison.Ordinal);

    private static string Messages(Exception error)
    {
        var messages = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException) messages.Add(e.Message);
        if (error is AggregateException aggregate) messages.AddRange(aggregate.Flatten().InnerExceptions.Select(e => e.Message));
        return string.Join(" | ", messages);
    }

    private sealed class ProductionApp(Dictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        }
    }
}
