namespace DataZones.Marketplace.Mcp;

/// <summary>Where an endpoint tool's argument goes in the request it becomes.</summary>
public enum ToolArgumentSource
{
    /// <summary>A route value (<c>{creditCode}</c>).</summary>
    Path,

    /// <summary>A query-string parameter.</summary>
    Query,

    /// <summary>A property of the JSON body.</summary>
    BodyProperty,

    /// <summary>The whole JSON body, for a body that is not an object with named properties.</summary>
    Body,

    /// <summary>The <c>Idempotency-Key</c> header of a paid call.</summary>
    IdempotencyKey,
}
