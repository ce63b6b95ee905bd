using System.Text.Json;
using System.Text.Json.Serialization;
using DataZones.Zones.Finance.Verification;

namespace DataZones.Zones.Finance.Api;

/// <summary>
/// Compile-time JSON metadata for the finance zone's request bodies, so that building the routes at a cold start
/// does not reflect over them (see <c>MarketplaceJsonContext</c>). Types not listed fall back to reflection.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EnterpriseVerificationRequest))]
[JsonSerializable(typeof(VerificationBatchRequest))]
[JsonSerializable(typeof(LoanPolicyMatchRequest))]
[JsonSerializable(typeof(LoanPolicyBody))]
internal sealed partial class FinanceJsonContext : JsonSerializerContext;
