namespace DataZones.Zones.Finance.Scoring;

/// <summary>
/// Stable reason codes explaining what holds a credit score down. Part of the public contract: never renamed,
/// only added. Each names a condition, never a figure.
/// </summary>
public static class CreditReasonCodes
{
    public const string StatusNotActive = "STATUS_NOT_ACTIVE";
    public const string DishonestDebtor = "DISHONEST_DEBTOR";
    public const string DishonestDebtorHistory = "DISHONEST_DEBTOR_HISTORY";
    public const string OpenCourtEnforcement = "OPEN_COURT_ENFORCEMENT";
    public const string AdministrativePenalties = "ADMINISTRATIVE_PENALTIES";
    public const string TaxRatingLow = "TAX_RATING_LOW";
    public const string TaxRatingMissing = "TAX_RATING_MISSING";
    public const string PaymentDelays = "PAYMENT_DELAYS";
    public const string NoPaymentData = "NO_PAYMENT_DATA";
    public const string HeadcountDeclining = "HEADCOUNT_DECLINING";
    public const string NoHeadcountData = "NO_HEADCOUNT_DATA";
    public const string SmallWorkforce = "SMALL_WORKFORCE";
    public const string ShortHistory = "SHORT_HISTORY";
    public const string LowCapital = "LOW_CAPITAL";
}
