using System.Text.Json;
using System.Text.Json.Serialization;
using DataZones.Zones.Ocean.Exports;

namespace DataZones.Zones.Ocean.Api;

/// <summary>
/// Compile-time JSON metadata for the ocean zone's request bodies, so that building the routes at a cold start does
/// not reflect over them (see <c>MarketplaceJsonContext</c>). Types not listed fall back to reflection.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ExportRequest))]
internal sealed partial class OceanJsonContext : JsonSerializerContext;
