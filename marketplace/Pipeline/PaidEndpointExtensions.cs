using DataZones.Marketplace.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DataZones.Marketplace.Pipeline;

/// <summary>How a zone puts an endpoint through the paid-call pipeline: <c>MapPost(...).Paid("finance.x", "verify")</c>.</summary>
public static class PaidEndpointExtensions
{
    public static RouteHandlerBuilder Paid(this RouteHandlerBuilder builder, string productId, string operationId) =>
        builder
            .RequireAuthorization(Policies.Consumer)
            .WithMetadata(new PaidOperation(productId, operationId))
            .AddEndpointFilter<PaidCallFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
