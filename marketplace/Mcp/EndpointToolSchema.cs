using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.AI;

namespace DataZones.Marketplace.Mcp;

/// <summary>
/// A tool's input schema, from what the framework's API explorer knows of the endpoint: route and query parameters by
/// their REST names, the JSON body's properties (as the app's own JSON options name them), and for a paid call the
/// idempotency key. The JSON Schema of each type comes from the AI abstractions' schema exporter, with
/// <see cref="DescriptionAttribute"/>s as descriptions.
/// </summary>
internal sealed class EndpointToolSchema(JsonSerializerOptions json)
{
    public const string IdempotencyKeyArgument = "idempotencyKey";

    public (JsonElement Schema, IReadOnlyList<ToolArgument> Arguments) For(RouteEndpoint endpoint, ApiDescription? description, bool paid)
    {
        var properties = new JsonObject();
        var arguments = new List<ToolArgument>();
        void Add(string name, ToolArgumentSource source, bool required, JsonNode schema)
        {
            if (properties.ContainsKey(name)) throw new InvalidOperationException($"{endpoint.RoutePattern.RawText}: two arguments would be named '{name}'.");
            properties[name] = schema;
            arguments.Add(new ToolArgument(name, source, required));
        }

        if (description is null)
        {
            foreach (var parameter in endpoint.RoutePattern.Parameters) Add(parameter.Name, ToolArgumentSource.Path, !parameter.IsOptional, new JsonObject { ["type"] = "string" });
        }
        foreach (var parameter in description?.ParameterDescriptions ?? [])
        {
            if (parameter.Source == BindingSource.Path) Add(parameter.Name, ToolArgumentSource.Path, true, SchemaOf(parameter));
            else if (parameter.Source == BindingSource.Query) Add(parameter.Name, ToolArgumentSource.Query, parameter.IsRequired, SchemaOf(parameter));
            else if (parameter.Source == BindingSource.Body)
            {
                var body = JsonNode.Parse(AIJsonUtilities.CreateJsonSchema(parameter.Type, serializerOptions: json).GetRawText())!.AsObject();
                if (body["properties"] is JsonObject bodyProperties && bodyProperties.Count > 0)
                {
                    var (settable, required) = BindingOf(parameter.Type);
                    foreach (var (name, schema) in bodyProperties.Where(p => settable.Contains(p.Key)).ToList())
                    {
                        Add(name, ToolArgumentSource.BodyProperty, required.Contains(name), WithoutRequired(schema!.DeepClone()));
                    }
                }
                else
                {
                    Add("body", ToolArgumentSource.Body, true, body);
                }
            }
        }
        if (paid)
        {
            Add(IdempotencyKeyArgument, ToolArgumentSource.IdempotencyKey, false, new JsonObject
            {
                ["type"] = "string",
                ["maxLength"] = 255,
                ["description"] = "Optional. Send the same key with the same arguments to retry: the first answer comes back and is billed once.",
            });
        }
        var input = new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
        var requiredNames = arguments.Where(a => a.Required).Select(a => (JsonNode?)a.Name).ToArray();
        if (requiredNames.Length > 0) input["required"] = new JsonArray(requiredNames);
        using var document = JsonDocument.Parse(input.ToJsonString());
        return (document.RootElement.Clone(), arguments);
    }

    /// <summary>
    /// What binding the body does with each property, from the serializer's own contract: the names a request can set
    /// (computed, get-only properties are not arguments) and those it refuses to do without. The schema exporter calls
    /// every constructor parameter required, but binding leaves a missing one null and the zone decides.
    /// </summary>
    private (HashSet<string> Settable, HashSet<string> Required) BindingOf(Type type)
    {
        var properties = json.GetTypeInfo(type).Properties;
        return (properties.Where(p => p.Set is not null || p.AssociatedParameter is not null).Select(p => p.Name).ToHashSet(StringComparer.Ordinal),
            properties.Where(p => p.IsRequired).Select(p => p.Name).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The schema without <c>required</c> lists at any depth (see <see cref="BindingOf"/> for why they are not true).</summary>
    private static JsonNode WithoutRequired(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            obj.Remove("required");
            foreach (var (_, child) in obj.ToList()) if (child is not null) WithoutRequired(child);
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array) if (child is not null) WithoutRequired(child);
        }
        return node;
    }

    private JsonNode SchemaOf(ApiParameterDescription parameter)
    {
        var text = DescriptionOf(parameter.ParameterDescriptor);
        return JsonNode.Parse(AIJsonUtilities.CreateJsonSchema(parameter.Type ?? typeof(string), text, serializerOptions: json).GetRawText())!;
    }

    private static string? DescriptionOf(ParameterDescriptor? descriptor) => descriptor switch
    {
        IParameterInfoParameterDescriptor { ParameterInfo: var info } => info.GetCustomAttribute<DescriptionAttribute>()?.Description,
        IPropertyInfoParameterDescriptor { PropertyInfo: var property } => property.GetCustomAttribute<DescriptionAttribute>()?.Description,
        _ => null,
    };
}
