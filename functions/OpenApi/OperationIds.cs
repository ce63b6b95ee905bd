using System.Text;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Functions.OpenApi;

/// <summary>
/// Every operation's <c>operationId</c>: the endpoint's own name when it has one, otherwise the method and the route
/// in camel case, parameters as <c>By{Name}</c> (<c>GET /me/invoices/{invoiceId}</c> → <c>getMeInvoicesByInvoiceId</c>).
/// Derived from the route, so a client generated from the document keeps its method names while the route stays.
/// </summary>
internal static class OperationIds
{
    public static string For(ApiDescription description)
    {
        var named = description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault();
        if (named is not null) return named.EndpointName;
        var id = new StringBuilder((description.HttpMethod ?? "any").ToLowerInvariant());
        foreach (var segment in (description.RelativePath ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var parameter = segment.StartsWith('{') && segment.EndsWith('}');
            if (parameter) id.Append("By");
            AppendPascal(id, parameter ? segment[1..^1].Split(':')[0] : segment);
        }
        return id.ToString();
    }

    // Letters and digits kept, any other character starting a new word: "usage.csv" → "UsageCsv", "well-known" → "WellKnown".
    private static void AppendPascal(StringBuilder id, string text)
    {
        var upper = true;
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c)) { upper = true; continue; }
            id.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
    }
}
