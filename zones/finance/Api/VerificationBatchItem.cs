using DataZones.Marketplace.Problems;
using DataZones.Zones.Finance.Verification;

namespace DataZones.Zones.Finance.Api;

/// <summary>One item of a batch answer: its answer (billed) or its problems (not billed), by its index in the request.</summary>
public sealed record VerificationBatchItem(int Index, EnterpriseVerificationResult? Result, IReadOnlyList<FieldError>? Errors);
