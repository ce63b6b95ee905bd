using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace DataZones.Testing.Fuzz;

/// <summary>
/// Success bodies checked against their schema in the document with JsonSchema.Net. The document is OpenAPI 3.0,
/// whose schemas are a dialect of JSON Schema: each one is turned into a 2020-12 schema first — <c>nullable</c>
/// into a <c>null</c> type, component references into <c>$defs</c> — with every component beside it.
/// </summary>
public sealed class ResponseSchemas(JsonNode document)
{
    private readonly ConcurrentDictionary<string, JsonSchema> built = new();
    private readonly JsonObject definitions = Convert(document["components"]?["schemas"]?.DeepClone() ?? new JsonObject()).AsObject();

    /// <summary>Null when the body is valid, else what is wrong (the first few errors).</summary>
    public string? Check(string cacheKey, JsonNode schema, JsonElement body)
    {
        var compiled = built.GetOrAdd(cacheKey, _ =>
        {
            var root = Convert(schema.DeepClone()).AsObject();
            root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
            root["$defs"] = definitions.DeepClone();
            return JsonSchema.FromText(root.ToJsonString(), baseUri: new Uri($"urn:uuid:{Guid.NewGuid()}"));
        });
        var result = compiled.Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return null;
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}").Take(3);
        return string.Join("; ", errors);
    }

    private static JsonNode Convert(JsonNode node)
    {
        switch (node)
        {
            case JsonObject schema:
                foreach (var (key, value) in schema.ToList())
                {
                    if (value is not null) schema[key] = Convert(value.DeepClone());
                }
                if (schema["$ref"] is JsonValue reference && ((string?)reference)!.StartsWith("#/components/schemas/", StringComparison.Ordinal))
                {
                    schema["$ref"] = "#/$defs/" + ((string)reference!)["#/components/schemas/".Length..];
                }
                if (schema["nullable"] is JsonValue nullable && (bool)nullable)
                {
                    schema.Remove("nullable");
                    if (schema["type"] is JsonValue type) schema["type"] = new JsonArray((string?)type, "null");
                    else if (schema["$ref"] is not null) Wrap(schema);
                }
                return schema;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item) array[i] = Convert(item.DeepClone());
                }
                return array;
            default:
                return node;
        }
    }

    // A nullable reference: either the referenced schema or null.
    private static void Wrap(JsonObject schema)
    {
        var reference = schema["$ref"]!.DeepClone();
        schema.Remove("$ref");
        schema["anyOf"] = new JsonArray(new JsonObject { ["$ref"] = reference }, new JsonObject { ["type"] = "null" });
    }
}
