using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataZones.Marketplace.Hosting;

/// <summary>
/// The API's JSON conventions, in one place: camelCase names, enums as camelCase strings (<c>"active"</c>, never a
/// number a client must look up), nulls omitted.
/// </summary>
public static class PlatformJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        return options;
    }
}
