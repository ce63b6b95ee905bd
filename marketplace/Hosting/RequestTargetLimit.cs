using DataZones.Marketplace.Problems;
using Microsoft.AspNetCore.Http;

namespace DataZones.Marketplace.Hosting;

/// <summary>
/// Refuses an address (path and query) longer than <see cref="TargetBytesMax"/> with a 414 problem. No route or query
/// of the API comes near it; the host's server lets longer lines through (up to its own limit) so that this answer,
/// not a bare status, is what a client gets.
/// </summary>
public sealed class RequestTargetLimit(RequestDelegate next)
{
    public const int TargetBytesMax = 8 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var length = request.PathBase.Value?.Length + request.Path.Value?.Length + request.QueryString.Value?.Length ?? 0;
        return length > TargetBytesMax
            ? Problem.Of(ProblemTypes.UriTooLong, $"The address holds {length} characters; at most {TargetBytesMax} are accepted. Send long inputs in a request body.").ExecuteAsync(context)
            : next(context);
    }
}
