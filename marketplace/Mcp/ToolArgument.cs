namespace DataZones.Marketplace.Mcp;

/// <summary>One argument of an endpoint tool: its name in the tool's input schema and where it goes in the request.</summary>
/// <param name="Name">The argument's name, as the REST API names it (the route or query parameter, the body property).</param>
/// <param name="Source">Where it goes.</param>
/// <param name="Required">Whether the request cannot be made without it.</param>
public sealed record ToolArgument(string Name, ToolArgumentSource Source, bool Required);
