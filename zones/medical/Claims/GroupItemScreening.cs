using DataZones.Marketplace.Consent;
using DataZones.Marketplace.Problems;

namespace DataZones.Zones.Medical.Claims;

/// <summary>
/// Decides, for one item of a group or batch, before anything is read: refused for its consent, refused for its
/// fields (its consent then marked unused, so the use log lists only uses made), or accepted with its claim and consent.
/// </summary>
public static class GroupItemScreening
{
    public static (ValidClaim? Claim, ConsentRecord? Consent, IReadOnlyList<FieldError>? Problems) Screen(ClaimRequest? item, int index, ConsentVerdicts verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        var verdict = verdicts.Items[index];
        if (!verdict.IsGranted)
        {
            return (null, null, [new FieldError($"items[{index}].consentId", "consent-" + ConsentGate.Name(verdict.Refusal!.Value), "The consent does not allow this item.")]);
        }

        var (claim, errors) = ClaimValidator.Validate(item, $"items[{index}].");
        if (claim is not null) return (claim, verdict.Consent, null);
        verdicts.NotUsed(index);
        return (null, null, errors);
    }
}
