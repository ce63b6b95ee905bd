using System.Text.Json.Nodes;
using DataZones.Marketplace.Hosting;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DataZones.Functions.OpenApi;

/// <summary>
/// Lists the query parameters endpoints declare with <see cref="DocumentedQueryParameter"/> metadata: their description,
/// an example that answers, the closed set of values and the number type, over what the bound type says.
/// </summary>
internal sealed class DocumentedQueryParametersFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var declared = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<DocumentedQueryParameter>().ToList();
        if (declared.Count == 0) return;
        operation.Parameters ??= [];
        foreach (var parameter in declared)
        {
            var schema = new OpenApiSchema { Type = parameter.Type == "number" ? JsonSchemaType.Number : JsonSchemaType.String };
            if (parameter.Values is { } values)
            {
                schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v)!)];
            }
            var example = parameter.Type == "number" && double.TryParse(parameter.Example, System.Globalization.CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(number)
                : JsonValue.Create(parameter.Example);
            // A parameter the endpoint binds ([AsParameters]) is already listed from its type; the declaration adds what
            // the type cannot say: the description, an example that answers, the closed set of values, the number type.
            var index = operation.Parameters.ToList().FindIndex(p => p.Name == parameter.Name && p.In == ParameterLocation.Query);
            var documented = new OpenApiParameter
            {
                Name = parameter.Name,
                In = ParameterLocation.Query,
                Required = parameter.Required,
                Description = parameter.Description,
                Schema = schema,
                Example = example,
            };
            if (index >= 0) operation.Parameters[index] = documented;
            else operation.Parameters.Add(documented);
        }
        // The declaration is the operation's whole query: a bound parameter it leaves out (a shared arguments type's
        // bbox on a position query) is not this operation's.
        foreach (var unused in operation.Parameters.Where(p => p.In == ParameterLocation.Query && declared.All(d => d.Name != p.Name)).ToList())
        {
            operation.Parameters.Remove(unused);
        }
    }
}
