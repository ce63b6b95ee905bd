using System.Globalization;
using System.Text;
using System.Text.Json;
using DataZones.Marketplace.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace DataZones.Marketplace.Mcp;

/// <summary>
/// A tool call's arguments turned into the request the REST caller would send: the route filled in, the query string,
/// the JSON body (its properties in the schema's order, so that the same arguments always hash the same and an
/// idempotent retry is recognised) and the idempotency key. Arguments the tool does not have, missing required ones
/// and values that cannot go in a route or query are refused all at once, before anything runs.
/// </summary>
internal sealed record ToolRequest(string Path, RouteValueDictionary RouteValues, QueryString Query, byte[]? Body, string? IdempotencyKey)
{
    public static (ToolRequest? Request, IReadOnlyList<FieldError> Errors) From(EndpointTool tool, IReadOnlyDictionary<string, JsonElement> arguments)
    {
        var errors = arguments.Keys.Where(name => tool.FindArgument(name) is null)
            .Select(name => new FieldError(name, "unknown-argument", $"The tool '{tool.Name}' has no argument '{name}'."))
            .ToList();
        var present = arguments.Where(a => a.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)).ToDictionary(a => a.Key, a => a.Value);
        errors.AddRange(tool.Arguments.Where(a => a.Required && !present.ContainsKey(a.Name))
            .Select(a => new FieldError(a.Name, "missing", $"'{a.Name}' is required.")));

        var routeValues = new RouteValueDictionary();
        var query = new List<KeyValuePair<string, string?>>();
        string? idempotencyKey = null;
        foreach (var argument in tool.Arguments)
        {
            if (!present.TryGetValue(argument.Name, out var value)) continue;
            switch (argument.Source)
            {
                case ToolArgumentSource.Path when Scalar(value) is { } text:
                    routeValues[argument.Name] = text;
                    break;
                case ToolArgumentSource.Query when value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => Scalar(v) is not null):
                    query.AddRange(value.EnumerateArray().Select(v => new KeyValuePair<string, string?>(argument.Name, Scalar(v))));
                    break;
                case ToolArgumentSource.Query when Scalar(value) is { } text:
                    query.Add(new(argument.Name, text));
                    break;
                case ToolArgumentSource.IdempotencyKey when value.ValueKind == JsonValueKind.String:
                    idempotencyKey = value.GetString();
                    break;
                case ToolArgumentSource.BodyProperty or ToolArgumentSource.Body:
                    break;
                default:
                    errors.Add(new FieldError(argument.Name, "not-a-scalar", $"'{argument.Name}' must be a string, a number or a boolean."));
                    break;
            }
        }
        if (errors.Count > 0) return (null, errors);
        return (new ToolRequest(PathOf(tool.Endpoint.RoutePattern, routeValues), routeValues, QueryString.Create(query), BodyOf(tool, present), idempotencyKey), []);
    }

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private static string PathOf(RoutePattern pattern, RouteValueDictionary values)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => Uri.EscapeDataString(Convert.ToString(values[parameter.Name], CultureInfo.InvariantCulture) ?? ""),
                    _ => throw new InvalidOperationException($"Unexpected route part {part} in {pattern.RawText}."),
                });
            }
        }
        return path.Length == 0 ? "/" : path.ToString();
    }

    private static byte[]? BodyOf(EndpointTool tool, Dictionary<string, JsonElement> present)
    {
        if (tool.Arguments.FirstOrDefault(a => a.Source == ToolArgumentSource.Body) is { } whole)
        {
            return present.TryGetValue(whole.Name, out var body) ? Encoding.UTF8.GetBytes(body.GetRawText()) : null;
        }
        var properties = tool.Arguments.Where(a => a.Source == ToolArgumentSource.BodyProperty).ToList();
        if (properties.Count == 0) return null;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in properties.Where(p => present.ContainsKey(p.Name)))
            {
                writer.WritePropertyName(property.Name);
                present[property.Name].WriteTo(writer);
            }
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
