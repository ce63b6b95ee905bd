using DataZones.Marketplace.Problems;
using DataZones.Zones.Transport.Vin;

namespace DataZones.Zones.Transport.Api;

/// <summary>A batch decode: each item decoded or refused with the rule it breaks; decoded items are the units.</summary>
public sealed record VinDecodeBatchAnswer(int Decoded, int Rejected, IReadOnlyList<VinDecodeBatchItem> Items);

public sealed record VinDecodeBatchItem(int Index, VinDecoding? Decoding, IReadOnlyList<FieldError>? Problems);
