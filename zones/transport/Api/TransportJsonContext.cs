using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataZones.Zones.Transport.Api;

/// <summary>Compile-time JSON metadata for the transport zone's request bodies, so building the routes does not reflect over them.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TransportIngestionView))]
[JsonSerializable(typeof(VinDecodeBatchRequest))]
[JsonSerializable(typeof(TruckUnderwritingRequest))]
[JsonSerializable(typeof(AccidentVerificationRequest))]
[JsonSerializable(typeof(UsedCarHistoryRequest))]
[JsonSerializable(typeof(TrafficIndicatorsRequest))]
internal sealed partial class TransportJsonContext : JsonSerializerContext;
