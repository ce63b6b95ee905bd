using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
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
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        return options;
    }
}
