using DataZones.Marketplace.Ids;
using Microsoft.AspNetCore.Http;

namespace DataZones.Marketplace.Hosting;

/// <summary>
/// Gives every request a sortable id, returned in <c>X-Request-Id</c> on every response (errors included) and used
/// as the usage record's key, the receipt's subject and the problem body's <c>requestId</c>.
/// </summary>
public sealed class RequestIdMiddleware(RequestDelegate next, IIdGenerator ids)
{
    public const string HeaderName = "X-Request-Id";

    public Task InvokeAsync(HttpContext context)
    {
        var id = ids.NewId();
        context.TraceIdentifier = id;
        context.Response.Headers[HeaderName] = id;
        return next(context);
    }
}
