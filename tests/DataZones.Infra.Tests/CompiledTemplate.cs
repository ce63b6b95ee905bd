using System.Text.Json.Nodes;

namespace DataZones.Infra.Tests;

/// <summary>
/// infra/bicep/main.bicep compiled to ARM JSON by the Bicep CLI, once per test run, with its modules as the nested
/// deployments they compile to. The tests read what Azure would be sent.
/// </summary>
public sealed class CompiledTemplate
{
    private static readonly Lazy<Task<CompiledTemplate>> Compiled = new(CompileAsync);

    private CompiledTemplate(JsonObject root, BicepCli.Result build)
    {
        Root = root;
        Build = build;
        Scopes = Walk(new TemplateScope("main", root, null)).ToList();
    }

    public static Task<CompiledTemplate> Main => Compiled.Value;

    public JsonObject Root { get; }

    /// <summary>What <c>bicep build</c> printed and returned.</summary>
    public BicepCli.Result Build { get; }

    /// <summary>The main template and every module's template, each with the parameters its parent passes it.</summary>
    public IReadOnlyList<TemplateScope> Scopes { get; }

    /// <summary>The resources of a type the deployment creates (not the ones it only refers to as existing).</summary>
    public IEnumerable<(TemplateScope Scope, JsonObject Resource)> Resources(string type) =>
        Scopes.SelectMany(scope => scope.Resources.Select(resource => (scope, resource)))
            .Where(r => string.Equals((string?)r.resource["type"], type, StringComparison.OrdinalIgnoreCase))
            .Where(r => r.resource["existing"]?.GetValue<bool>() != true);

    /// <summary>The function app's settings: the <c>appsettings</c> config resource's properties, name to value expression.</summary>
    public JsonObject AppSettings =>
        Resources("Microsoft.Web/sites/config")
            .Where(r => ((string?)r.Resource["name"] ?? "").Contains("'appsettings'", StringComparison.Ordinal))
            .Select(r => r.Resource["properties"]!.AsObject())
            .Single();

    /// <summary>Every string in the compiled JSON: names, values, expressions.</summary>
    public IEnumerable<string> Strings => StringsIn(Root);

    private static async Task<CompiledTemplate> CompileAsync()
    {
        var output = Path.Combine(Path.GetTempPath(), $"datazones-bicep-{Guid.NewGuid():N}");
        Directory.CreateDirectory(output);
        try
        {
            var file = Path.Combine(output, "main.json");
            var build = await BicepCli.RunAsync(RepositoryRoot.Bicep, "build", "main.bicep", "--outfile", file);
            if (build.ExitCode != 0) throw new InvalidOperationException($"bicep build failed ({build.ExitCode}):\n{build.Diagnostics}");
            var root = JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsObject();
            return new CompiledTemplate(root, build);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static IEnumerable<TemplateScope> Walk(TemplateScope scope)
    {
        yield return scope;
        foreach (var resource in scope.Resources)
        {
            if ((string?)resource["type"] != "Microsoft.Resources/deployments") continue;
            if (resource["properties"]?["template"] is not JsonObject template) continue;
            var name = (string?)resource["name"] ?? "?";
            foreach (var nested in Walk(new TemplateScope($"{scope.Path}/{name}", template, resource["properties"]?["parameters"]?.AsObject())))
            {
                yield return nested;
            }
        }
    }

    private static IEnumerable<string> StringsIn(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    yield return key;
                    foreach (var s in StringsIn(value)) yield return s;
                }
                break;
            case JsonArray array:
                foreach (var s in array.SelectMany(StringsIn)) yield return s;
                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                yield return text;
                break;
        }
    }
}

/// <summary>One template of the deployment (main or a module) and the parameter values its parent passes it.</summary>
public sealed record TemplateScope(string Path, JsonObject Template, JsonObject? PassedParameters)
{
    /// <summary>Resources as an array (language version 1) or as an object of symbolic names (2.0).</summary>
    public IEnumerable<JsonObject> Resources => Template["resources"] switch
    {
        JsonArray array => array.OfType<JsonObject>(),
        JsonObject obj => obj.Select(p => p.Value).OfType<JsonObject>(),
        _ => [],
    };

    public JsonObject Parameters => Template["parameters"]?.AsObject() ?? [];

    public JsonObject Outputs => Template["outputs"]?.AsObject() ?? [];

    /// <summary>The expression the parent passes for a parameter of this template.</summary>
    public string? Passed(string parameter) => (string?)PassedParameters?[parameter]?["value"];
}
