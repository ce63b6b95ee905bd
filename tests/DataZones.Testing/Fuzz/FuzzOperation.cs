using System.Text.Json.Nodes;

namespace DataZones.Testing.Fuzz;

/// <summary>One operation of the OpenAPI document, as the fuzz suite needs it: where it is, what it takes, what it may answer.</summary>
public sealed record FuzzOperation(string Method, string PathTemplate, JsonObject Operation)
{
    public string Name => $"{Method} {PathTemplate}";

    public IEnumerable<JsonObject> Parameters(string location) =>
        (Operation["parameters"]?.AsArray() ?? []).OfType<JsonObject>().Where(p => (string?)p["in"] == location);

    /// <summary>The request body's media types and schemas, or none.</summary>
    public IReadOnlyDictionary<string, JsonNode?> BodyMediaTypes =>
        (Operation["requestBody"]?["content"]?.AsObject() ?? []).ToDictionary(m => m.Key, m => m.Value?["schema"]);

    public bool BodyRequired => (bool?)Operation["requestBody"]?["required"] ?? false;

    /// <summary>The documented answer for a status (exact, or its <c>4XX</c> range, or <c>default</c>), or null.</summary>
    public JsonObject? Response(int status)
    {
        var responses = Operation["responses"]?.AsObject();
        if (responses is null) return null;
        var exact = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (responses[exact] ?? responses[$"{exact[0]}XX"] ?? responses["default"]) as JsonObject;
    }

    /// <summary>Every operation of an OpenAPI 3 document, in document order.</summary>
    public static IReadOnlyList<FuzzOperation> AllOf(JsonNode document) =>
        [.. from path in document["paths"]!.AsObject()
            from method in path.Value!.AsObject()
            where method.Key is "get" or "put" or "post" or "delete" or "patch"
            select new FuzzOperation(method.Key.ToUpperInvariant(), path.Key, method.Value!.AsObject())];
}
