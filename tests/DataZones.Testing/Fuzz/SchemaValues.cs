using System.Globalization;
using System.Text.Json.Nodes;

namespace DataZones.Testing.Fuzz;

/// <summary>
/// Values generated from the document's schemas: well-formed ones (known ids preferred, by parameter or property
/// name), and ill-formed ones a careless or hostile client sends. Seeded, so a failing run replays.
/// </summary>
public sealed class SchemaValues(JsonNode document, IReadOnlyDictionary<string, IReadOnlyList<string>> knownValues, Random random)
{
    private const int DepthMax = 4;

    private static readonly string[] OddStrings =
    [
        "", " ", "..", "../../etc/passwd", "a/b", "%00", "🙂", "\u202e", "null", "-1", "0", "1e309", "' OR 1=1 --",
        "<script>", "\\u0000", new string('x', 300), "ä\u0301", "CON", "{}", "[]", "true",
    ];

    public Random Random => random;

    /// <summary>A well-formed value for a schema (a parameter's or a property's, named <paramref name="name"/>).</summary>
    public JsonNode? Valid(JsonNode? schema, string? name, bool requiredOnly = false, int depth = 0)
    {
        schema = Resolve(schema);
        if (name is not null && knownValues.TryGetValue(name, out var known) && known.Count > 0 && !IsObjectOrArray(schema))
        {
            return Typed(schema, known[random.Next(known.Count)]);
        }
        if (schema is null || depth > DepthMax) return "fuzz";
        if (schema["enum"] is JsonArray { Count: > 0 } values) return values[random.Next(values.Count)]?.DeepClone();
        if (schema["example"] is { } example) return example.DeepClone();
        if (schema["oneOf"] is JsonArray { Count: > 0 } oneOf) return Valid(oneOf[0], name, requiredOnly, depth + 1);
        if (schema["allOf"] is JsonArray { Count: > 0 } allOf) return Valid(allOf[0], name, requiredOnly, depth + 1);
        return TypeOf(schema) switch
        {
            "object" => ValidObject(schema, requiredOnly, depth),
            "array" => new JsonArray(Enumerable.Range(0, 1 + random.Next(2)).Select(_ => Valid(schema["items"], Singular(name), requiredOnly, depth + 1)).ToArray()),
            "integer" => Math.Max((long?)(double?)schema["minimum"] ?? 0, 1 + random.Next(10)),
            "number" => Math.Round(1 + random.NextDouble() * 10, 2),
            "boolean" => random.Next(2) == 0,
            _ => ValidString(schema),
        };
    }

    /// <summary>A value of the wrong type or shape for the schema.</summary>
    public JsonNode? Invalid(JsonNode? schema)
    {
        schema = Resolve(schema);
        return (TypeOf(schema), random.Next(4)) switch
        {
            ("string", 0) => 12345,
            ("string", 1) => new JsonObject { ["unexpected"] = true },
            ("string", 2) => new string('z', 10_000),
            ("integer" or "number", 0) => "many",
            ("integer" or "number", 1) => -1e12,
            ("integer" or "number", 2) => 1.5,
            ("boolean", _) => "yes",
            ("array", 0) => new JsonObject { ["a"] = 1 },
            ("array", 1) => new JsonArray(Enumerable.Range(0, 3).Select(_ => (JsonNode?)JsonValue.Create(random.Next())).ToArray()),
            ("object", 0) => new JsonArray(1, 2, 3),
            ("object", 1) => "text",
            _ => null,
        };
    }

    /// <summary>A string that a path or query parameter of this schema would not normally hold.</summary>
    public string OddString() => OddStrings[random.Next(OddStrings.Length)];

    /// <summary>The schema behind a <c>$ref</c> (<c>#/components/schemas/X</c>), or the schema itself.</summary>
    public JsonNode? Resolve(JsonNode? schema)
    {
        for (var hops = 0; hops < 8 && schema?["$ref"] is JsonValue reference; hops++)
        {
            var pointer = ((string)reference!).TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries);
            schema = pointer.Aggregate((JsonNode?)document, (node, part) => node?[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)]);
        }
        return schema;
    }

    /// <summary>The schema's single type (OpenAPI 3.0's <c>type</c>, or the first non-null one of 3.1's list).</summary>
    public static string? TypeOf(JsonNode? schema) => schema?["type"] switch
    {
        JsonValue value => (string?)value,
        JsonArray list => list.Select(t => (string?)t).FirstOrDefault(t => t != "null"),
        _ => schema?["properties"] is not null ? "object" : null,
    };

    private JsonObject ValidObject(JsonNode schema, bool requiredOnly, int depth)
    {
        var required = (schema["required"]?.AsArray() ?? []).Select(r => (string?)r).ToHashSet();
        var result = new JsonObject();
        foreach (var (property, propertySchema) in schema["properties"]?.AsObject() ?? [])
        {
            if (requiredOnly && !required.Contains(property)) continue;
            if (Resolve(propertySchema)?["readOnly"] is JsonValue readOnly && (bool)readOnly) continue;
            result[property] = Valid(propertySchema, property, requiredOnly, depth + 1);
        }
        return result;
    }

    private string ValidString(JsonNode? schema)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return (string?)schema?["format"] switch
        {
            "date" => today.AddDays(-random.Next(3)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "date-time" => DateTimeOffset.UtcNow.AddHours(-random.Next(48)).ToString("O", CultureInfo.InvariantCulture),
            "uuid" => new Guid(random.NextBytes(16)).ToString(),
            "uri" => "https://example.org/fuzz",
            _ => "fuzz" + random.Next(1000).ToString(CultureInfo.InvariantCulture),
        };
    }

    private static JsonNode? Typed(JsonNode? schema, string value) => TypeOf(schema) switch
    {
        "integer" when long.TryParse(value, CultureInfo.InvariantCulture, out var whole) => whole,
        "number" when decimal.TryParse(value, CultureInfo.InvariantCulture, out var number) => number,
        "boolean" when bool.TryParse(value, out var flag) => flag,
        _ => value,
    };

    private static bool IsObjectOrArray(JsonNode? schema) => TypeOf(schema) is "object" or "array";

    // "items" of "creditCodes" are credit codes: a known value for the singular name applies to each.
    private static string? Singular(string? name) => name is { Length: > 1 } && name.EndsWith('s') ? name[..^1] : name;
}

internal static class RandomBytes
{
    public static byte[] NextBytes(this Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
