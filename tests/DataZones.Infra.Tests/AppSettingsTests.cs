using System.Text.RegularExpressions;
using DataZones.Functions.Scheduling;
using DataZones.Marketplace.Jobs;
using DataZones.Marketplace.Persistence;

namespace DataZones.Infra.Tests;

/// <summary>The function app's settings against what the app requires in Production (its options' marks).</summary>
public sealed partial class AppSettingsTests
{
    [Fact]
    public void RequiredSettings_AreFoundInTheOptions()
    {
        // A guard on the reflection itself: an empty list would make the checks below pass on any template.
        Assert.NotEmpty(RequiredSettings.InProduction);
        Assert.Contains(RequiredSettings.InProduction, s => s.Secret);
    }

    [Fact]
    public async Task EverySettingTheAppRequiresInProduction_IsSet()
    {
        var settings = (await CompiledTemplate.Main).AppSettings;

        var missing = RequiredSettings.InProduction
            .Where(required => !IsSet(required.Name) && !(required.AlternativeName is { } alternative && IsSet(alternative)))
            .Select(required => required.Name)
            .ToList();

        Assert.True(missing.Count == 0, $"Required in Production but not set by infra/bicep: {string.Join(", ", missing)}");

        bool IsSet(string name) => settings[name] is { } value && !string.IsNullOrWhiteSpace((string?)value);
    }

    [Fact]
    public async Task SecretSettings_AreKeyVaultReferences()
    {
        var settings = (await CompiledTemplate.Main).AppSettings;

        foreach (var secret in RequiredSettings.InProduction.Where(s => s.Secret))
        {
            var value = (string?)settings[secret.Name] ?? "";
            Assert.True(KeyVaultReference().IsMatch(value), $"{secret.Name} must be a Key Vault reference to the vault's secret, not a value: {value}");
        }
    }

    [Fact]
    public async Task JobQueueSetting_IsTheQueueTheAppWrites()
    {
        var settings = (await CompiledTemplate.Main).AppSettings;
        var prefix = Inner((string)settings["Persistence__TablePrefix"]!);
        // The app's own naming, with the prefix left as the template's placeholder.
        var name = JobQueue.NameOf(new PersistenceOptions { TablePrefix = "{0}" }, new JobOptions());

        Assert.Equal($"[format('{name}', {prefix})]", (string?)settings[QueueInvocationEndpoints.QueueNameSetting]);
    }

    [Fact]
    public async Task HostStorage_IsReachedWithTheIdentity_NeverAConnectionString()
    {
        var template = await CompiledTemplate.Main;
        var settings = template.AppSettings;

        Assert.False(settings.ContainsKey("AzureWebJobsStorage"), "AzureWebJobsStorage would be a connection string with an account key");
        Assert.False(settings.ContainsKey("Storage__ConnectionString"), "the app would use an account key");
        Assert.Equal("managedidentity", (string?)settings["AzureWebJobsStorage__credential"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)settings["AzureWebJobsStorage__accountName"]));
        // The Jobs function's queue trigger (connection "Storage") reads the platform's queue with the identity too.
        Assert.Equal("managedidentity", (string?)settings["Storage__credential"]);
    }

    private static string Inner(string expression) =>
        expression.StartsWith('[') && expression.EndsWith(']') ? expression[1..^1] : $"'{expression}'";

    [GeneratedRegex(@"^\[format\('@Microsoft\.KeyVault\(SecretUri=\{0\}secrets/\{1\}\)', reference\(resourceId\('Microsoft\.KeyVault/vaults', parameters\('\w+'\)\), '[^']+'\)\.vaultUri, [^\]]+\)\]$")]
    private static partial Regex KeyVaultReference();
}
