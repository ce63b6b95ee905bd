namespace DataZones.Marketplace.Mcp;

/// <summary>
/// Endpoint metadata: this unpaid endpoint (the catalogue, the caller's own subscriptions and usage) is also offered
/// to MCP clients as a tool of this name. Paid endpoints need no marker: every one of them is a tool.
/// </summary>
public sealed record FreeTool(string Name);
