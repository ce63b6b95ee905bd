using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DataZones.Functions.OpenApi;

/// <summary>Marks the operations that need a credential — those with authorization metadata and no anonymous marker.</summary>
internal sealed class SecurityRequirementsFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any()) return;
        operation.Security ??= [];
        foreach (var scheme in new[] { OpenApiSetup.ApiKeyScheme, OpenApiSetup.BearerScheme })
        {
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [],
            });
        }
        operation.Responses ??= new OpenApiResponses();
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No valid credential (problem details)." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The credential does not allow this (problem details)." });
    }
}
