using Microsoft.AspNetCore.Http;

namespace DataZones.Marketplace.Pipeline;

/// <summary>
/// Lets a paid endpoint's body be read twice — once by model binding, once by <see cref="RequestHash"/> — so that
/// the usage record and idempotency see the exact bytes the caller sent. Runs after routing, only for paid endpoints.
/// </summary>
public sealed class PaidRequestBufferingMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<PaidOperation>() is not null) context.Request.EnableBuffering();
        return next(context);
    }
}
