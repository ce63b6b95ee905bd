using Microsoft.AspNetCore.Builder;

namespace DataZones.Marketplace.Mcp;

/// <summary>How a module offers an unpaid endpoint as an MCP tool: <c>MapGet("/catalog", …).AsFreeTool("catalog")</c>.</summary>
public static class FreeToolExtensions
{
    public static RouteHandlerBuilder AsFreeTool(this RouteHandlerBuilder builder, string name) => builder.WithMetadata(new FreeTool(name));
}
