using Microsoft.AspNetCore.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DataZones.Functions.OpenApi;

/// <summary>
/// The problems the platform answers for any operation of a given shape, declared once here rather than on every
/// endpoint: 400 when it takes parameters or a body (a value that does not bind, rule <c>invalid-json</c>), 404 when
/// its path names something (that may not exist), 413 and
/// 415 when it takes a body (over the size limit, a wrong media type), 414 for every operation (an address over the
/// app's limit). Every 4xx/5xx answer is described as
/// <c>application/problem+json</c> with the <c>ProblemDetails</c> schema, whoever declared it.
/// </summary>
internal sealed class ProblemResponsesFilter : IOperationFilter
{
    private const string ProblemMediaType = "application/problem+json";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= new OpenApiResponses();
        var description = context.ApiDescription;
        var hasBody = description.ParameterDescriptions.Any(p => p.Source.Id is "Body" or "Form" or "FormFile")
            || operation.RequestBody is not null;
        var hasParameters = description.ParameterDescriptions.Any(p => p.Source.Id is "Path" or "Query" or "Header");

        if (hasBody || hasParameters) Add(operation, StatusCodes.Status400BadRequest);
        if (description.ParameterDescriptions.Any(p => p.Source.Id == "Path")) Add(operation, StatusCodes.Status404NotFound);
        if (hasBody)
        {
            Add(operation, StatusCodes.Status413PayloadTooLarge);
            Add(operation, StatusCodes.Status415UnsupportedMediaType);
        }
        Add(operation, StatusCodes.Status414UriTooLong);

        var problem = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository);
        foreach (var (status, response) in operation.Responses)
        {
            if (status.Length != 3 || status[0] is not ('4' or '5') || response is not OpenApiResponse concrete) continue;
            concrete.Content ??= new Dictionary<string, IOpenApiMediaType>();
            concrete.Content.Remove("application/json");
            concrete.Content.TryAdd(ProblemMediaType, new OpenApiMediaType { Schema = problem });
        }
    }

    private static void Add(OpenApiOperation operation, int status) =>
        operation.Responses!.TryAdd(status.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new OpenApiResponse { Description = ReasonPhrase(status) + " (problem details)." });

    private static string ReasonPhrase(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
}
