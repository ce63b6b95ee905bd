using Microsoft.AspNetCore.Builder;

namespace DataZones.Marketplace.Mcp;

/// <summary>
/// How a module offers an unpaid endpoint as an MCP tool: <c>MapGet("/catalog", …).AsFreeTool("catalog")</c>; and how
/// it keeps a paid endpoint out of the tools when its input cannot be described as arguments (<c>.NotATool()</c>).
/// </summary>
public static class FreeToolExtensions
{
    public static RouteHandlerBuilder AsFreeTool(this RouteHandlerBuilder builder, string name) => builder.WithMetadata(new FreeTool(name));

    public static RouteHandlerBuilder NotATool(this RouteHandlerBuilder builder) => builder.WithMetadata(new NotATool());
}

/// <summary>Marks a paid endpoint that is not offered as an MCP tool (e.g. one reading a free-form query string).</summary>
public sealed record NotATool;
