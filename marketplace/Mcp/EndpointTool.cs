using DataZones.Marketplace.Pipeline;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using ModelContextProtocol.Protocol;

namespace DataZones.Marketplace.Mcp;

/// <summary>
/// An MCP tool that is an endpoint of the app: what a client sees (<see cref="Definition"/>) and how a call becomes a
/// request to <see cref="Endpoint"/> (method, route, arguments). <see cref="Paid"/> is the operation it sells, null
/// for a free tool; <see cref="Authorization"/> is the endpoint's own authorization metadata, checked before it runs.
/// </summary>
public sealed record EndpointTool(
    Tool Definition,
    RouteEndpoint Endpoint,
    string Method,
    IReadOnlyList<ToolArgument> Arguments,
    PaidOperation? Paid,
    IReadOnlyList<IAuthorizeData> Authorization)
{
    public string Name => Definition.Name;

    public ToolArgument? FindArgument(string name) => Arguments.FirstOrDefault(a => a.Name == name);
}
