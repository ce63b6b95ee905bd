using Microsoft.AspNetCore.Http;

namespace DataZones.Marketplace.Mcp;

/// <summary>What the endpoint answered to a tool call, as the REST caller would have received it.</summary>
public sealed record EndpointToolResponse(int Status, IHeaderDictionary Headers, string? ContentType, byte[] Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;
}
