namespace DataZones.Marketplace.Tests.Billing.Simulation;

/// <summary>
/// The progressive per-transaction rule of docs/settlement.md under the demo default, written in whole fen and
/// exact fractions rather than with the allocator: holders 70 % / operator 30 % up to ¥10,000, 50 / 50 to ¥30,000,
/// 30 / 70 above; equal holder weights; largest remainder to the fen, ties to the earlier party (holders in order,
/// then the operator); a credit note is the negation of the same allocation.
/// </summary>
public static class ReferenceAllocation
{
    public const string Operator = "operator:operator";

    /// <summary>Each party's fen of a line of <paramref name="revenueFen"/>, holders first, then the operator.</summary>
    public static IReadOnlyList<(string Party, long Fen)> Allocate(IReadOnlyList<string> holders, long revenueFen)
    {
        var r = Math.Abs(revenueFen);
        long in1 = Math.Min(r, 1_000_000), in2 = Math.Clamp(r - 1_000_000, 0, 2_000_000), in3 = Math.Max(0, r - 3_000_000);
        var holderTenths = (7 * in1) + (5 * in2) + (3 * in3); // tenths of a fen
        var operatorTenths = (10 * r) - holderTenths;
        long k = holders.Count, denominator = 10 * k;
        // Exact amounts as numerators over 10k fen: each holder holderTenths / 10k, the operator operatorTenths·k / 10k.
        var numerators = holders.Select(_ => holderTenths).Append(operatorTenths * k).ToArray();
        var fen = numerators.Select(n => n / denominator).ToArray();
        var missing = r - fen.Sum();
        foreach (var i in Enumerable.Range(0, numerators.Length).OrderByDescending(i => numerators[i] % denominator).ThenBy(i => i).Take((int)missing)) fen[i]++;
        var sign = Math.Sign(revenueFen);
        return [.. holders.Select(h => "holder:" + h).Append(Operator).Select((party, i) => (party, sign * fen[i]))];
    }
}
