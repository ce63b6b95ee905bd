using Microsoft.AspNetCore.Http;

namespace DataZones.Marketplace.Consent;

/// <summary>
/// The pipeline's consent checks of one call, in claim order, for the zone handler (read with <see cref="Of"/>): a
/// handler uses only the persons whose consent is granted, within the consent's data period, and says which items it
/// did not answer (<see cref="NotUsed"/>) so that the use log lists exactly the uses made.
/// </summary>
public sealed class ConsentVerdicts(IReadOnlyList<ConsentVerdict> verdicts)
{
    private readonly bool[] unused = new bool[verdicts.Count];

    public IReadOnlyList<ConsentVerdict> Items => verdicts;

    public static ConsentVerdicts? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<ConsentVerdicts>();
    }

    /// <summary>The item was not answered (its other inputs were invalid): no use of its consent is recorded.</summary>
    public void NotUsed(int index) => unused[index] = true;

    /// <summary>The granted consents the answer used, with their item index.</summary>
    public IEnumerable<(int Index, ConsentRecord Consent)> Used() =>
        verdicts.Select((v, i) => (i, v.Consent)).Where(p => p.Consent is not null && !unused[p.i]).Select(p => (p.i, p.Consent!));
}
