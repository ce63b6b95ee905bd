using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace DataZones.Testing.Fuzz;

/// <summary>
/// The cases of a fuzz run, generated from the live OpenAPI document alone: every operation, as every credential,
/// in every <see cref="FuzzInputKind"/>, for as many rounds as asked. Nothing here knows a route, so operations a
/// zone adds are fuzzed as soon as the document lists them.
/// </summary>
public sealed class FuzzCases(JsonNode document, IReadOnlyDictionary<string, IReadOnlyList<string>> knownValues, int seed)
{
    /// <summary>The app refuses an address over 8 KiB (<c>uri-too-long</c>); this one is over it.</summary>
    private const int LongQueryChars = 9_000;

    public IEnumerable<FuzzCase> Generate(IReadOnlyList<FuzzCredential> credentials, int rounds)
    {
        var values = new SchemaValues(document, knownValues, new Random(seed));
        var kinds = Enum.GetValues<FuzzInputKind>();
        var index = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var operation in FuzzOperation.AllOf(document))
            {
                index++;
                foreach (var credential in credentials)
                {
                    // Each (operation, credential) pair meets every kind of input within as many rounds as there are kinds.
                    yield return Case(operation, credential, kinds[index++ % kinds.Length], values);
                    // A valid request in every round as well, so the happy paths get most of the load.
                    if (round % kinds.Length != 0) yield return Case(operation, credential, FuzzInputKind.Valid, values);
                }
            }
        }
    }

    private static FuzzCase Case(FuzzOperation operation, FuzzCredential credential, FuzzInputKind kind, SchemaValues values)
    {
        var path = new StringBuilder();
        foreach (var segment in operation.PathTemplate.Split('/'))
        {
            if (path.Length > 0 || segment.Length > 0) path.Append('/');
            if (segment.StartsWith('{') && segment.EndsWith('}'))
            {
                var name = segment[1..^1];
                var parameter = operation.Parameters("path").FirstOrDefault(p => (string?)p["name"] == name);
                var value = kind == FuzzInputKind.BadPath && values.Random.Next(2) == 0
                    ? NonEmpty(values.OddString())
                    : Text(values.Valid(parameter?["schema"], name));
                path.Append(Uri.EscapeDataString(value));
            }
            else
            {
                path.Append(segment);
            }
        }
        if (path.Length == 0) path.Append('/');
        path.Append(Query(operation, kind, values));
        var body = Body(operation, kind, values);
        return new FuzzCase(operation, credential, kind, path.ToString(), body);
    }

    private static string Query(FuzzOperation operation, FuzzInputKind kind, SchemaValues values)
    {
        var pairs = new List<string>();
        foreach (var parameter in operation.Parameters("query"))
        {
            var name = (string)parameter["name"]!;
            var required = (bool?)parameter["required"] ?? false;
            if (kind == FuzzInputKind.Minimal && !required) continue;
            if (kind == FuzzInputKind.Valid && !required && values.Random.Next(3) == 0) continue;
            var value = kind == FuzzInputKind.BadQuery && values.Random.Next(2) == 0
                ? (values.Random.Next(2) == 0 ? values.OddString() : Text(values.Invalid(parameter["schema"])))
                : Text(values.Valid(parameter["schema"], name));
            pairs.Add(Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value));
        }
        if (kind == FuzzInputKind.BadQuery) pairs.Add("unknown=" + Uri.EscapeDataString(values.OddString()));
        if (kind == FuzzInputKind.BadMediaTypeOrLength && operation.BodyMediaTypes.Count == 0) pairs.Add("padding=" + new string('p', LongQueryChars));
        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
    }

    private static Func<HttpContent?> Body(FuzzOperation operation, FuzzInputKind kind, SchemaValues values)
    {
        if (operation.BodyMediaTypes.Count == 0) return () => null;
        var (mediaType, schema) = operation.BodyMediaTypes.First();
        if (kind == FuzzInputKind.BadMediaTypeOrLength) return () => new StringContent("name=fuzz", Encoding.UTF8, "text/plain");
        if (mediaType.StartsWith("multipart/", StringComparison.Ordinal)) return Multipart(schema, kind, values);
        var text = kind == FuzzInputKind.BadBody ? BadJson(schema, values) : values.Valid(schema, null, kind == FuzzInputKind.Minimal)?.ToJsonString() ?? "null";
        return () => new StringContent(text, Encoding.UTF8, mediaType);
    }

    private static string BadJson(JsonNode? schema, SchemaValues values)
    {
        var valid = values.Valid(schema, null);
        switch (values.Random.Next(5))
        {
            case 0:
                var whole = valid?.ToJsonString() ?? "{}";
                return whole[..Math.Max(1, whole.Length / 2)];
            case 1:
                return values.Invalid(schema)?.ToJsonString() ?? "null";
            case 2:
                return "{}";
            default:
                if (valid is not JsonObject fields || fields.Count == 0) return "[{\"x\": 1}]";
                var property = fields.ElementAt(values.Random.Next(fields.Count)).Key;
                var propertySchema = values.Resolve(schema)?["properties"]?[property];
                fields[property] = values.Invalid(propertySchema);
                return fields.ToJsonString();
        }
    }

    private static Func<HttpContent?> Multipart(JsonNode? schema, FuzzInputKind kind, SchemaValues values)
    {
        var properties = values.Resolve(schema)?["properties"]?.AsObject() ?? [];
        var fields = properties.Select(p => (p.Key, Binary: (string?)values.Resolve(p.Value)?["format"] == "binary", Value: Text(values.Valid(p.Value, p.Key)))).ToList();
        var csv = kind == FuzzInputKind.BadBody ? "\u0000\u0001 not csv" : "a,b\n1,2\n";
        return () =>
        {
            var form = new MultipartFormDataContent();
            foreach (var (name, binary, value) in fields)
            {
                if (!binary) { form.Add(new StringContent(value), name); continue; }
                var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
                file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
                form.Add(file, name, "fuzz.csv");
            }
            return form;
        };
    }

    private static string Text(JsonNode? value) => value switch
    {
        null => "null",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => value.ToJsonString(),
    };

    // An empty path segment would address another route (or none), not this operation with a bad value.
    private static string NonEmpty(string value) => value.Length == 0 ? "-" : value.Replace('/', '\\').Replace("..", "._", StringComparison.Ordinal).Replace("%00", "%", StringComparison.Ordinal) is var v && v.Trim().Length > 0 ? v : "-";
}
