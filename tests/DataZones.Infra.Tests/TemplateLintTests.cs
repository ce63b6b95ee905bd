using System.Text.Json.Nodes;

namespace DataZones.Infra.Tests;

/// <summary>Every template compiles and lints with no diagnostic at all, under infra/bicep/bicepconfig.json.</summary>
public sealed class TemplateLintTests
{
    [Fact]
    public async Task MainTemplate_BuildsWithoutDiagnostics()
    {
        var template = await CompiledTemplate.Main;

        Assert.Equal(0, template.Build.ExitCode);
        Assert.Equal("", template.Build.Diagnostics);
    }

    [Fact]
    public async Task EveryTemplate_LintsWithoutDiagnostics()
    {
        var lint = await BicepCli.RunAsync(RepositoryRoot.Path, "lint", "--pattern", "infra/bicep/**/*.bicep");

        Assert.Equal("", lint.Diagnostics);
        Assert.Equal(0, lint.ExitCode);
    }

    [Fact]
    public async Task Lint_FailsOnWhatTheConfigurationMakesAnError()
    {
        // The same configuration over a template with an unused parameter: the rule is an error, not a hint.
        var dir = Directory.CreateTempSubdirectory("datazones-lint-").FullName;
        try
        {
            File.Copy(Path.Combine(RepositoryRoot.Bicep, "bicepconfig.json"), Path.Combine(dir, "bicepconfig.json"));
            await File.WriteAllTextAsync(Path.Combine(dir, "unused.bicep"), "param unused string\n");

            var lint = await BicepCli.RunAsync(dir, "lint", "unused.bicep");

            Assert.NotEqual(0, lint.ExitCode);
            Assert.Contains("Error no-unused-params", lint.Diagnostics, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task ParametersFile_NamesOnlyTemplateParameters_AndEveryOneWithoutDefault()
    {
        var template = await CompiledTemplate.Main;
        var file = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Bicep, "main.parameters.json")))!;
        var given = file["parameters"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var declared = template.Root["parameters"]!.AsObject();

        Assert.DoesNotContain(given, name => !declared.ContainsKey(name));
        Assert.Empty(declared.Where(p => p.Value!["defaultValue"] is null && !given.Contains(p.Key)).Select(p => p.Key));
    }
}
