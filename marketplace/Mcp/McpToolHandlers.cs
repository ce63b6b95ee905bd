using System.Text.Json;
using DataZones.Marketplace.Access;
using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DataZones.Marketplace.Mcp;

/// <summary>
/// The MCP server's two tool requests. <c>tools/list</c> shows the free tools and the paid tools of every listed
/// product the caller holds an active subscription to — the same facts the pipeline's authorisation step reads, from
/// the same caches. <c>tools/call</c> runs the named tool through <see cref="EndpointToolInvoker"/>; a tool that
/// exists but is not listed for the caller still runs, and the pipeline answers why not.
/// </summary>
public sealed class McpToolHandlers(EndpointToolCatalog tools, EndpointToolInvoker invoker, CatalogService catalog, SubscriptionDirectory subscriptions)
{
    public static async ValueTask<ListToolsResult> ListAsync(RequestContext<ListToolsRequestParams> request, CancellationToken cancellationToken) =>
        new() { Tools = await Handlers(request).ListForAsync(request.User, cancellationToken) };

    public static ValueTask<CallToolResult> CallAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken) =>
        Handlers(request).CallAsync(request.Params?.Name ?? "", request.Params?.Arguments, request.User!, request.Services!, cancellationToken);

    private static McpToolHandlers Handlers(MessageContext request) =>
        (request.Services ?? throw new InvalidOperationException("The MCP request carries no services.")).GetRequiredService<McpToolHandlers>();

    private async ValueTask<CallToolResult> CallAsync(string name, IDictionary<string, JsonElement>? arguments, System.Security.Claims.ClaimsPrincipal user,
        IServiceProvider services, CancellationToken cancellationToken)
    {
        var tool = tools.Find(name) ?? throw new McpProtocolException($"There is no tool '{name}'; tools/list names yours.", McpErrorCode.InvalidParams);
        var response = await invoker.InvokeAsync(tool, arguments?.ToDictionary() ?? [], user, services, cancellationToken);
        return ToolResults.From(response);
    }

    private async Task<List<Tool>> ListForAsync(System.Security.Claims.ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        var consumerId = user?.ConsumerIdOf();
        var subscribed = new Dictionary<string, bool>(StringComparer.Ordinal);
        var listed = new List<Tool>();
        foreach (var tool in tools.All.OrderBy(t => t.Paid is not null).ThenBy(t => t.Name, StringComparer.Ordinal))
        {
            if (tool.Paid is { ProductId: var productId })
            {
                if (!subscribed.TryGetValue(productId, out var active))
                {
                    subscribed[productId] = active = consumerId is not null && await IsSubscribedAsync(consumerId, productId, cancellationToken);
                }
                if (!active) continue;
            }
            listed.Add(tool.Definition);
        }
        return listed;
    }

    private async Task<bool> IsSubscribedAsync(string consumerId, string productId, CancellationToken cancellationToken)
    {
        var product = await catalog.FindAsync(productId, cancellationToken);
        if (product is not { Listed: true }) return false;
        return (await subscriptions.FindCurrentAsync(consumerId, productId, cancellationToken))?.IsActive == true;
    }
}
