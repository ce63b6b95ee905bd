namespace DataZones.Marketplace.Identifiers;

/// <summary>The identifiers the zone APIs take, each with its own standard and check rule.</summary>
public enum IdentifierKind
{
    /// <summary>Unified social credit code (统一社会信用代码), GB 32100-2015.</summary>
    UnifiedSocialCreditCode,

    /// <summary>Resident identity number (公民身份号码), GB 11643-1999. A personal identifier.</summary>
    ResidentIdentityNumber,

    /// <summary>Vehicle identification number, ISO 3779 / GB 16735.</summary>
    VehicleIdentificationNumber,

    /// <summary>ICD-10 diagnosis code.</summary>
    Icd10Code,
}
