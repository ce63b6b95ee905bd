using System.Globalization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DataZones.Functions.OpenApi;

/// <summary>
/// Gives a media type to the answers endpoints declare with <c>Produces(status, contentType: …)</c> but no CLR type —
/// bodies rendered by a zone's own writer (CoverageJSON, CSV), which Swashbuckle would otherwise list without content.
/// A JSON media type gets an object schema, any other a string.
/// </summary>
internal sealed class UntypedResponsesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var produced in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IProducesResponseTypeMetadata>())
        {
            if (produced.Type is not null && produced.Type != typeof(void) || !produced.ContentTypes.Any()) continue;
            operation.Responses ??= new OpenApiResponses();
            var status = produced.StatusCode.ToString(CultureInfo.InvariantCulture);
            if (!operation.Responses.TryGetValue(status, out var response) || response is not OpenApiResponse concrete)
            {
                concrete = new OpenApiResponse { Description = produced.Description ?? "OK" };
                operation.Responses[status] = concrete;
            }
            concrete.Content ??= new Dictionary<string, IOpenApiMediaType>();
            foreach (var mediaType in produced.ContentTypes)
            {
                var json = mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase);
                concrete.Content.TryAdd(mediaType, new OpenApiMediaType
                {
                    Schema = new OpenApiSchema { Type = json ? JsonSchemaType.Object : JsonSchemaType.String },
                });
            }
        }
    }
}
