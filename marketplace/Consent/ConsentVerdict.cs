namespace DataZones.Marketplace.Consent;

/// <summary>The check of one claim: the consent that allows it, or why none does.</summary>
public sealed record ConsentVerdict(ConsentRecord? Consent, ConsentRefusal? Refusal)
{
    public bool IsGranted => Consent is not null;

    public static ConsentVerdict Granted(ConsentRecord consent) => new(consent, null);

    public static ConsentVerdict Refused(ConsentRefusal refusal) => new(null, refusal);
}
