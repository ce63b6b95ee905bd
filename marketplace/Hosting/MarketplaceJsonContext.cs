using System.Text.Json;
using System.Text.Json.Serialization;
using DataZones.Marketplace.Billing;
using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Consumers;
using DataZones.Marketplace.Ledger;
using DataZones.Marketplace.Me;
using DataZones.Marketplace.Subscriptions;
using DataZones.Marketplace.Usage;

namespace DataZones.Marketplace.Hosting;

/// <summary>
/// JSON metadata generated at compile time for the platform's request bodies. When the routes are built — at a
/// cold instance's first request — every endpoint resolves its body type's metadata; by reflection that was a large
/// part of the start (see docs/decisions/hosting.md). Names and conventions are <see cref="PlatformJson"/>'s: the
/// options that use this context apply them. Types not listed fall back to reflection.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UsageApi.RollupRequest))]
[JsonSerializable(typeof(MeApi.SubscribeRequest))]
[JsonSerializable(typeof(CatalogApi.ListingRequest))]
[JsonSerializable(typeof(List<PricePlanDocument>))]
[JsonSerializable(typeof(LedgerAdminApi.VerificationRequest))]
[JsonSerializable(typeof(LedgerAdminApi.SealRequest))]
[JsonSerializable(typeof(ConsumerAdminApi.RegisterConsumerRequest))]
[JsonSerializable(typeof(ConsumerAdminApi.StaffKeyRequest))]
[JsonSerializable(typeof(SubscriptionAdminApi.DecisionRequest))]
[JsonSerializable(typeof(BillingAdminApi.PeriodRequest))]
[JsonSerializable(typeof(BillingAdminApi.VoidRequest))]
[JsonSerializable(typeof(AllocationPolicyApi.PolicyRequest))]
internal sealed partial class MarketplaceJsonContext : JsonSerializerContext;
