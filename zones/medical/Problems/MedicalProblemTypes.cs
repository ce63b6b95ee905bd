using DataZones.Marketplace.Problems;

namespace DataZones.Zones.Medical.Problems;

/// <summary>
/// The medical zone's problem types, listed by <c>GET /problems</c>. Consent refusals are the platform's
/// <c>consent-required</c> (403), with the reason in <c>reason</c>.
/// </summary>
public static class MedicalProblemTypes
{
    public static readonly ProblemType InvalidClaim =
        new("invalid-claim", "The claim is incomplete or not valid.", 400);

    public static readonly ProblemType ClaimBatchTooLarge =
        new("claim-batch-too-large", "The group-claim batch holds more items than a synchronous call answers.", 400);

    public static readonly ProblemType ClaimBatchNotFound =
        new("claim-batch-not-found", "There is no such claim batch for this consumer.", 404);

    public static readonly ProblemType ClaimBatchNotQueued =
        new("claim-batch-not-queued", "The job queue did not take the claim batch; nothing was charged.", 503);

    public static readonly ProblemType InvalidUnderwritingRequest =
        new("invalid-underwriting-request", "The underwriting check is incomplete or not valid.", 400);

    public static readonly ProblemType InvalidCohortRequest =
        new("invalid-cohort-request", "The research cohort is incomplete or not valid.", 400);

    public static readonly ProblemType InvalidMedicalIngestionRequest =
        new("invalid-medical-ingestion-request", "The medical ingestion source or format is not valid.", 400);

    public static readonly ProblemType MedicalSourceNotPermitted =
        new("medical-source-not-permitted", "Only the health commission (or the operator) uploads medical sources.", 403);

    public static readonly ProblemType MedicalUploadTooLarge =
        new("medical-upload-too-large", "The uploaded medical file is larger than allowed.", 413);

    public static readonly ProblemType MedicalEmptyUpload =
        new("medical-empty-upload", "The uploaded medical file is empty.", 400);

    public static readonly ProblemType MedicalIngestionNotFound =
        new("medical-ingestion-not-found", "There is no medical ingestion job with this id for this caller.", 404);

    public static readonly ProblemType MedicalIngestionQueueFull =
        new("medical-ingestion-queue-full", "The medical ingestion could not be queued; submit again later.", 503);

    /// <summary>Every medical type, registered with the problem catalog.</summary>
    public static IReadOnlyList<ProblemType> All { get; } =
    [
        InvalidClaim, ClaimBatchTooLarge, ClaimBatchNotFound, ClaimBatchNotQueued, InvalidUnderwritingRequest, InvalidCohortRequest, InvalidMedicalIngestionRequest, MedicalSourceNotPermitted,
        MedicalUploadTooLarge, MedicalEmptyUpload, MedicalIngestionNotFound, MedicalIngestionQueueFull,
    ];
}
