using System.Text.RegularExpressions;

namespace DataZones.Infra.Tests;

/// <summary>azure.yaml deploys what scripts/package builds, to the resource the template tags for it.</summary>
public sealed partial class AzdTests
{
    private static readonly string AzureYaml = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "azure.yaml"));

    [Fact]
    public void Dist_IsTheFolderScriptsPackageLaysOut_AndItRunsFirst()
    {
        var package = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "scripts", "package"));

        Assert.Equal(Value("dist"), Assign().Match(package).Groups["out"].Value);
        Assert.Contains("run: scripts/package", AzureYaml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_IsTheFunctionAppTheTemplateTags()
    {
        var (_, site) = (await CompiledTemplate.Main).Resources("Microsoft.Web/sites").Single();
        var service = ServiceName().Match(AzureYaml).Groups["name"].Value;

        Assert.Equal("function", Value("host"));
        Assert.Contains($"createObject('azd-service-name', '{service}')", (string?)site["tags"], StringComparison.Ordinal);
    }

    [Fact]
    public void Infra_IsTheCheckedTemplate()
    {
        Assert.Equal("infra/bicep", Value("path"));
        Assert.Equal("main", Value("module"));
        Assert.True(File.Exists(Path.Combine(RepositoryRoot.Bicep, "main.parameters.json")));
    }

    private static string Value(string key) =>
        Regex.Match(AzureYaml, $@"^\s*{key}:\s*(?<value>\S+)\s*$", RegexOptions.Multiline).Groups["value"].Value;

    [GeneratedRegex(@"^out=(?<out>\S+)$", RegexOptions.Multiline)]
    private static partial Regex Assign();

    [GeneratedRegex(@"^services:\s*\n(?:\s*#.*\n)*\s+(?<name>[a-z][\w-]*):\s*$", RegexOptions.Multiline)]
    private static partial Regex ServiceName();
}
