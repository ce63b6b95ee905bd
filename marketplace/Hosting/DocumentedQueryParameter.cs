using Microsoft.AspNetCore.Builder;

namespace DataZones.Marketplace.Hosting;

/// <summary>
/// A query parameter an endpoint reads from the query string itself (EDR's <c>parameter-name</c>, <c>coords</c> …, whose
/// names are not C# names and whose parsing reports every problem at once), declared as endpoint metadata so the
/// OpenAPI document lists it with its schema, description and an example: a generated client or Swagger's try-it can
/// then build the query. <paramref name="Values"/>, when given, is the closed set of accepted values (an enum).
/// </summary>
public sealed record DocumentedQueryParameter(
    string Name, string Description, string Example, bool Required = false, string Type = "string", IReadOnlyList<string>? Values = null);

public static class DocumentedQueryParameterExtensions
{
    /// <summary>Declares <paramref name="parameters"/> on the endpoint, in order, for the OpenAPI document.</summary>
    public static TBuilder WithQueryParameters<TBuilder>(this TBuilder builder, params DocumentedQueryParameter[] parameters)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata([.. parameters]);
        return builder;
    }
}
