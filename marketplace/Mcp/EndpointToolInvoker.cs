using System.Security.Claims;
using System.Text.Json;
using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Ids;
using DataZones.Marketplace.Pipeline;
using DataZones.Marketplace.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataZones.Marketplace.Mcp;

/// <summary>
/// Runs one tool call as the request it stands for, in process: a fresh request (its own request id, the caller's
/// identity, the route, query and body the arguments make) handed to the endpoint's own request delegate — model
/// binding, the endpoint's filters and so, for a paid tool, the whole <see cref="PaidCallFilter"/>: authorisation,
/// rate limit, idempotency, quota, metering durable before the answer, the receipt. Nothing of the pipeline is
/// repeated here. Authentication ran once, for the MCP request; the endpoint's own authorization policy is checked
/// again here, and the exceptions the app's error handling turns into problems are turned into the same problems.
/// </summary>
public sealed partial class EndpointToolInvoker(
    IIdGenerator ids, IAuthorizationPolicyProvider policies, IAuthorizationService authorization, ILogger<EndpointToolInvoker> logger)
{
    public async Task<EndpointToolResponse> InvokeAsync(EndpointTool tool, IReadOnlyDictionary<string, JsonElement> arguments, ClaimsPrincipal user,
        IServiceProvider services, CancellationToken cancellationToken)
    {
        var (request, errors) = ToolRequest.From(tool, arguments);
        var body = new MemoryStream();
        var http = NewContext(tool, request, user, services, body, cancellationToken);
        if (request is null)
        {
            LogRefusedArguments(logger, tool.Name, http.TraceIdentifier, errors.Count);
            await Problem.Invalid(errors).ExecuteAsync(http);
        }
        else if (await AuthorizationPolicy.CombineAsync(policies, tool.Authorization) is { } policy && !(await authorization.AuthorizeAsync(user, policy)).Succeeded)
        {
            await Problem.Of(ProblemTypes.Forbidden, "The credential does not allow this tool.").ExecuteAsync(http);
        }
        else
        {
            await RunAsync(tool, http, body, services);
        }
        await http.Features.GetRequiredFeature<IHttpResponseBodyFeature>().CompleteAsync();
        return new EndpointToolResponse(http.Response.StatusCode, http.Response.Headers, http.Response.ContentType, body.ToArray());
    }

    private async Task RunAsync(EndpointTool tool, HttpContext http, MemoryStream body, IServiceProvider services)
    {
        try
        {
            await tool.Endpoint.RequestDelegate!(http);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // As the app's exception handler would: a handler that knows the exception (a body that does not bind)
            // answers with its problem; anything else is the platform's fault, logged, and answered without detail.
            Reset(http, body);
            foreach (var handler in services.GetServices<IExceptionHandler>())
            {
                if (await handler.TryHandleAsync(http, exception, http.RequestAborted)) return;
            }
            LogToolFailed(logger, exception, tool.Name, http.TraceIdentifier);
            Reset(http, body);
            await Problem.Of(ProblemTypes.InternalError).ExecuteAsync(http);
        }
    }

    private HttpContext NewContext(EndpointTool tool, ToolRequest? request, ClaimsPrincipal user, IServiceProvider services, MemoryStream responseBody,
        CancellationToken cancellationToken)
    {
        IHeaderDictionary headers = new HeaderDictionary();
        if (request?.Body is { } bytes)
        {
            headers.ContentType = "application/json";
            headers.ContentLength = bytes.Length;
        }
        if (request?.IdempotencyKey is { } key) headers[PipelineHeaders.IdempotencyKey] = key;
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(new HttpRequestFeature
        {
            Protocol = "HTTP/1.1",
            Scheme = "https",
            Method = tool.Method,
            Path = request?.Path ?? "/",
            QueryString = request?.Query.Value ?? "",
            Headers = headers,
            Body = new MemoryStream(request?.Body ?? []),
        });
        // Model binding reads a body only where the server says one can be (Kestrel's own answer for a request with a length).
        features.Set<IHttpRequestBodyDetectionFeature>(new BodyDetection(request?.Body is not null));
        features.Set<IHttpResponseFeature>(new HttpResponseFeature());
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(responseBody));
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = cancellationToken });
        var http = new DefaultHttpContext(features) { RequestServices = services, User = user, TraceIdentifier = ids.NewId() };
        http.Response.Headers[RequestIdMiddleware.HeaderName] = http.TraceIdentifier;
        http.SetEndpoint(tool.Endpoint);
        if (request is not null) http.Request.RouteValues = request.RouteValues;
        return http;
    }

    private static void Reset(HttpContext http, MemoryStream body)
    {
        body.SetLength(0);
        http.Response.Headers.Clear();
        http.Response.Headers[RequestIdMiddleware.HeaderName] = http.TraceIdentifier;
        http.Response.StatusCode = StatusCodes.Status200OK;
    }

    private sealed record BodyDetection(bool CanHaveBody) : IHttpRequestBodyDetectionFeature;

    [LoggerMessage(Level = LogLevel.Information, Message = "Tool call {Tool} ({RequestId}) refused: {Count} invalid arguments.")]
    private static partial void LogRefusedArguments(ILogger logger, string tool, string requestId, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Tool call {Tool} ({RequestId}) failed.")]
    private static partial void LogToolFailed(ILogger logger, Exception exception, string tool, string requestId);
}
