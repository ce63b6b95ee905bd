using DataZones.Zones.Finance.Verification;

namespace DataZones.Zones.Finance.Api;

/// <summary>Body of a batch verification: up to 1,000 items, each a single verification request.</summary>
public sealed record VerificationBatchRequest(IReadOnlyList<EnterpriseVerificationRequest?>? Items);
