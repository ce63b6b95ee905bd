using System.Globalization;
using System.Text.Json.Nodes;
using DataZones.Marketplace.Identifiers;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DataZones.Functions.OpenApi;

/// <summary>
/// An example for every request body that has none (JSON or a form), built from its schema: every property, the first value of
/// an enum, a date for a date, and for the fields the platform checks by rule a value that passes (a credit code
/// with its check character, a month as yyyy-MM). Redocly's lint checks each example against its schema.
/// </summary>
internal sealed class RequestBodyExamplesFilter : IDocumentFilter
{
    private const int DepthMax = 5;

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        foreach (var operation in (document.Paths ?? []).Values.SelectMany(p => p.Operations ?? []).Select(o => o.Value))
        {
            if (operation.RequestBody?.Content is not { } content) continue;
            foreach (var (mediaType, body) in content)
            {
                if (body is not OpenApiMediaType concrete) continue;
                if (concrete.Example is not null || concrete.Examples is { Count: > 0 } || concrete.Schema is null) continue;
                // A body the endpoint reads itself is declared with an empty schema: any JSON object is an example of it.
                concrete.Example = Example(concrete.Schema, null, context.SchemaRepository, 0) ?? new JsonObject();
            }
        }
    }

    private static JsonNode? Example(IOpenApiSchema schema, string? name, SchemaRepository repository, int depth)
    {
        if (schema is OpenApiSchemaReference reference && reference.Reference.Id is { } id && repository.Schemas.TryGetValue(id, out var target)) schema = target;
        if (depth > DepthMax) return null;
        if (schema.Examples is { Count: > 0 } examples) return examples[0]?.DeepClone();
        if (schema.Enum is { Count: > 0 } values) return values[0]?.DeepClone();
        if (schema.AllOf is { Count: > 0 } allOf) return Example(allOf[0], name, repository, depth + 1);
        if (schema.OneOf is { Count: > 0 } oneOf) return Example(oneOf[0], name, repository, depth + 1);
        var type = schema.Type ?? (schema.Properties is { Count: > 0 } ? JsonSchemaType.Object : null);
        if (type is null) return null;
        if (type.Value.HasFlag(JsonSchemaType.Object))
        {
            var result = new JsonObject();
            foreach (var (property, propertySchema) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                if (propertySchema.ReadOnly) continue;
                result[property] = Example(propertySchema, property, repository, depth + 1);
            }
            return result;
        }
        if (type.Value.HasFlag(JsonSchemaType.Array)) return schema.Items is null ? new JsonArray() : new JsonArray(Example(schema.Items, Singular(name), repository, depth + 1));
        if (type.Value.HasFlag(JsonSchemaType.Integer)) return 1;
        if (type.Value.HasFlag(JsonSchemaType.Number)) return 1.5m;
        if (type.Value.HasFlag(JsonSchemaType.Boolean)) return true;
        return Text(schema.Format, name);
    }

    private static string Text(string? format, string? name) => (format, name?.ToLowerInvariant()) switch
    {
        ("date", _) => "2026-11-01",
        ("date-time", _) => "2026-11-01T08:00:00+08:00",
        ("uuid", _) => "3f2c8a4e-6b1d-4f7a-9c2e-1d5b7a9e0c4f",
        (_, "creditcode") => UnifiedSocialCreditCodeValidator.Complete("91370200MA3C8XQL0"),
        (_, "vin") => VehicleIdentificationNumberValidator.Complete("LZZ5BLSK0MA123456"),
        (_, "plate") => "鲁U8K376",
        (_, "purpose") => "purchase",
        (_, "period" or "effectivefrom") => "2026-11",
        (_, "productid") => "finance.verification",
        (_, "planid") => "pay-per-use",
        (_, "collection" or "collectionid") => "qingdao-daily",
        (_, "kind") => "bank",
        _ => "text",
    };

    private static string? Singular(string? name) => name is { Length: > 1 } && name.EndsWith('s') ? name[..^1] : name;
}
