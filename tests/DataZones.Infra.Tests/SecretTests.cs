using System.Text.RegularExpressions;

namespace DataZones.Infra.Tests;

/// <summary>No secret value is in the template, passes through a deployment, or comes out of one.</summary>
public sealed partial class SecretTests
{
    [Fact]
    public async Task NoTemplate_ReadsKeysOrSecrets()
    {
        // listKeys, listSecrets, listConnectionStrings...: any list* function hands a secret to the deployment.
        var calls = (await CompiledTemplate.Main).Strings.Where(s => ListFunction().IsMatch(s)).ToList();

        Assert.Empty(calls);
    }

    [Fact]
    public async Task NoTemplate_TakesASecretParameter_OrWritesASecret()
    {
        var template = await CompiledTemplate.Main;

        var secure = template.Scopes
            .SelectMany(scope => scope.Parameters.Select(p => (scope.Path, p.Key, Type: (string?)p.Value!["type"])))
            .Where(p => p.Type is not null && p.Type.StartsWith("secure", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.Empty(secure);
        // The vault's secrets are written by scripts/keys, so no value passes through a deployment.
        Assert.Empty(template.Resources("Microsoft.KeyVault/vaults/secrets"));
    }

    [Fact]
    public async Task NoOutput_CarriesASecret()
    {
        var template = await CompiledTemplate.Main;
        var settings = template.AppSettings;
        var secretSettings = RequiredSettings.InProduction.Where(s => s.Secret).Select(s => (string)settings[s.Name]!).ToList();

        foreach (var scope in template.Scopes)
        {
            foreach (var (name, output) in scope.Outputs)
            {
                var value = output!["value"]?.ToJsonString() ?? "";
                Assert.False(Regex.IsMatch(value, "ConnectionString|secrets/|KeyVault\\(|InstrumentationKey", RegexOptions.IgnoreCase),
                    $"{scope.Path} output {name} may carry a secret: {value}");
                Assert.DoesNotContain(secretSettings, secret => value.Contains(secret, StringComparison.Ordinal));
                Assert.NotEqual("securestring", ((string?)output["type"])?.ToLowerInvariant());
            }
        }
    }

    [Fact]
    public async Task NoKeyMaterial_IsWrittenIntoTheTemplate()
    {
        var strings = (await CompiledTemplate.Main).Strings.ToList();

        Assert.DoesNotContain(strings, s => s.Contains("-----BEGIN", StringComparison.Ordinal));
        Assert.DoesNotContain(strings, s => s.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(strings, s => s.Contains("SharedAccessSignature", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"(?<![\w.])list\w*\(", RegexOptions.IgnoreCase)]
    private static partial Regex ListFunction();
}
