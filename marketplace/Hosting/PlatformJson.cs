using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace DataZones.Marketplace.Hosting;

/// <summary>
/// The API's JSON conventions, in one place: camelCase names, enums as camelCase strings (<c>"active"</c>, never a
/// number a client must look up), nulls omitted, and Chinese (any non-ASCII text) written as UTF-8 rather than
/// <c>\uXXXX</c> escapes — HTML-sensitive characters (&lt; &gt; &amp; ' ") are still escaped.
/// </summary>
public static class PlatformJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        AddGeneratedMetadata(options, MarketplaceJsonContext.Default);
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        return options;
    }

    /// <summary>
    /// Puts a module's compile-time JSON metadata (a <see cref="JsonSerializerContext"/>) ahead of reflection in
    /// <paramref name="options"/>, keeping reflection for every type the context does not list.
    /// </summary>
    public static JsonSerializerOptions AddGeneratedMetadata(JsonSerializerOptions options, IJsonTypeInfoResolver context)
    {
        if (!options.TypeInfoResolverChain.OfType<DefaultJsonTypeInfoResolver>().Any()) options.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver());
        options.TypeInfoResolverChain.Insert(0, context);
        return options;
    }
}
