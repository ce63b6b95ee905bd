using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DataZones.Functions.OpenApi;

/// <summary>
/// Says of an anonymous operation that it needs no credential (an empty security requirement, OpenAPI's way to
/// write "none"), so a reader can tell "open by design" from "forgot to declare".
/// </summary>
internal sealed class AnonymousOperationsFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any()) return;
        operation.Security = [new OpenApiSecurityRequirement()];
    }
}
