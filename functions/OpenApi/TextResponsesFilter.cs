using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DataZones.Functions.OpenApi;

/// <summary>
/// A text answer (<c>text/csv</c>, <c>text/plain</c>) is described as a string, whatever type the endpoint declared
/// for its JSON representation: one <c>Produces</c> lists both media types, but only the JSON one has that shape.
/// </summary>
internal sealed class TextResponsesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var response in (operation.Responses ?? []).Values.OfType<OpenApiResponse>())
        {
            foreach (var (mediaType, content) in response.Content ?? new Dictionary<string, IOpenApiMediaType>())
            {
                if (mediaType.StartsWith("text/", StringComparison.Ordinal) && content is OpenApiMediaType concrete)
                {
                    concrete.Schema = new OpenApiSchema { Type = JsonSchemaType.String };
                }
            }
        }
    }
}
