using System.Diagnostics;
using System.Text.RegularExpressions;
using DataZones.Marketplace.Identifiers;
using DataZones.Marketplace.Receipts;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace DataZones.Infra.Tests;

/// <summary>scripts/keys makes keys the app accepts in Production, under the names the template references.</summary>
public sealed partial class KeyScriptTests
{
    [Fact]
    public async Task ReceiptSigningKey_IsAP256KeyTheAppSignsWith()
    {
        var pem = await MakeAsync("receipt-signing-key");
        var options = Options.Create(new ReceiptOptions { SigningKeyPem = pem });

        using var key = new SigningKey(options, new HostingEnvironment { EnvironmentName = "Production" });

        Assert.Equal(256, key.Key.KeySize);
    }

    [Theory]
    [InlineData("finance-identifier-hash-key")]
    [InlineData("medical-identifier-hash-key")]
    [InlineData("consent-subject-hash-key")]
    [InlineData("transport-identifier-hash-key")]
    public async Task IdentifierHashKeys_AreLongEnoughForTheHasher(string name)
    {
        var key = Convert.FromBase64String(await MakeAsync(name));

        Assert.True(key.Length >= PersonalIdentifierHasher.MinimumKeyBytes);
        _ = new PersonalIdentifierHasher(key);
    }

    [Fact]
    public async Task EverySecretTheTemplateReferences_IsOneTheScriptMakes()
    {
        var template = await CompiledTemplate.Main;
        var referenced = template.Scopes
            .Select(scope => scope.Template["variables"]?["secretNames"]?.AsObject())
            .OfType<System.Text.Json.Nodes.JsonObject>()
            .SelectMany(names => names.Select(n => (string)n.Value!))
            .ToHashSet(StringComparer.Ordinal);
        var script = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "scripts", "keys"));
        var made = KeysLine().Match(script).Groups["keys"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(referenced);
        Assert.Equal(referenced.Order(StringComparer.Ordinal), made.Order(StringComparer.Ordinal));
    }

    private static async Task<string> MakeAsync(string name)
    {
        var file = Path.Combine(Path.GetTempPath(), $"datazones-key-{Guid.NewGuid():N}");
        try
        {
            var start = new ProcessStartInfo("bash") { RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepositoryRoot.Path };
            foreach (var argument in new[] { "scripts/keys", "make", name, file }) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"scripts/keys make {name} failed: {error}");
            return await File.ReadAllTextAsync(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"^KEYS=\((?<keys>[^)]*)\)", RegexOptions.Multiline)]
    private static partial Regex KeysLine();
}
