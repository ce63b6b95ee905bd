using DataZones.Marketplace.Problems;

namespace DataZones.Zones.Finance.Problems;

/// <summary>
/// The finance zone's problem types: stable codes a client may branch on, listed by <c>GET /problems</c>.
/// A bad identifier gets its own type (the rule it broke is in <c>errors[].rule</c>), so a bank can tell "your
/// customer's credit code is wrong" from other mistakes without parsing text.
/// </summary>
public static class FinanceProblemTypes
{
    public static readonly ProblemType InvalidCreditCode =
        new("invalid-credit-code", "The unified social credit code is not valid (GB 32100).", 400);

    public static readonly ProblemType InvalidIdentityNumber =
        new("invalid-identity-number", "The resident identity number is not valid (GB 11643).", 400);

    public static readonly ProblemType InvalidVerificationRequest =
        new("invalid-verification-request", "The verification request is incomplete or too long.", 400);

    public static readonly ProblemType BatchTooLarge =
        new("batch-too-large", "The batch holds more items than allowed.", 413);

    public static readonly ProblemType EnterpriseNotFound =
        new("enterprise-not-found", "No enterprise is registered under the credit code.", 404);

    public static readonly ProblemType InvalidLoanPolicy =
        new("invalid-loan-policy", "The loan policy is not valid.", 400);

    public static readonly ProblemType LoanPolicyNotFound =
        new("loan-policy-not-found", "There is no loan policy with this id.", 404);

    public static readonly ProblemType InvalidIngestionRequest =
        new("invalid-ingestion-request", "The ingestion source or format is not valid.", 400);

    public static readonly ProblemType SourceNotPermitted =
        new("source-not-permitted", "The data holder may only upload its own sources.", 403);

    public static readonly ProblemType UploadTooLarge =
        new("upload-too-large", "The uploaded file is larger than allowed.", 413);

    public static readonly ProblemType EmptyUpload =
        new("empty-upload", "The uploaded file is empty.", 400);

    public static readonly ProblemType IngestionNotFound =
        new("ingestion-not-found", "There is no ingestion job with this id for this caller.", 404);

    public static readonly ProblemType IngestionQueueFull =
        new("ingestion-queue-full", "The ingestion could not be queued; submit again later.", 503);

    public static readonly ProblemType IngestionNotAwaitingUpload =
        new("ingestion-not-awaiting-upload", "Only an ingestion awaiting its linked upload can be committed.", 409);

    /// <summary>Every finance type, registered with the problem catalog.</summary>
    public static IReadOnlyList<ProblemType> All { get; } =
    [
        InvalidCreditCode, InvalidIdentityNumber, InvalidVerificationRequest, BatchTooLarge, EnterpriseNotFound,
        InvalidLoanPolicy, LoanPolicyNotFound, InvalidIngestionRequest, SourceNotPermitted, UploadTooLarge,
        EmptyUpload, IngestionNotFound, IngestionQueueFull, IngestionNotAwaitingUpload,
    ];
}
