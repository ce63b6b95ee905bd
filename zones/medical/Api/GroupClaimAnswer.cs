using DataZones.Marketplace.Problems;
using DataZones.Zones.Medical.Claims;

namespace DataZones.Zones.Medical.Api;

/// <summary>A group batch's answer: counts, and per item (in request order) its verification or its problems.</summary>
public sealed record GroupClaimAnswer(int Answered, int Refused, IReadOnlyList<GroupClaimItem> Items);

/// <summary>One item: answered (and billed), or refused with its problems (not billed).</summary>
public sealed record GroupClaimItem(int Index, ClaimVerification? Verification, IReadOnlyList<FieldError>? Problems);
