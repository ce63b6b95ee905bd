using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataZones.Zones.Medical.Api;

/// <summary>
/// Compile-time JSON metadata for the medical zone's request bodies, so building the routes at a cold start does not
/// reflect over them. Types not listed fall back to reflection.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MedicalIngestionView))]
[JsonSerializable(typeof(DataZones.Zones.Medical.Claims.ClaimRequest))]
[JsonSerializable(typeof(DataZones.Zones.Medical.Claims.GroupClaimRequest))]
[JsonSerializable(typeof(DataZones.Zones.Medical.Claims.ClaimBatchRequest))]
[JsonSerializable(typeof(DataZones.Zones.Medical.Underwriting.UnderwritingRequest))]
[JsonSerializable(typeof(DataZones.Zones.Medical.Research.CohortRequest))]
internal sealed partial class MedicalJsonContext : JsonSerializerContext;
