using DataZones.Marketplace.Problems;

namespace DataZones.Zones.Transport.Problems;

/// <summary>The transport zone's problem types, listed by <c>GET /problems</c>.</summary>
public static class TransportProblemTypes
{
    public static readonly ProblemType InvalidVin =
        new("invalid-vin", "The vehicle identification number is not valid (ISO 3779 / GB 16735).", 400);

    public static readonly ProblemType VinBatchTooLarge =
        new("vin-batch-too-large", "A VIN decode batch holds at most 50 VINs.", 400);

    public static readonly ProblemType InvalidTransportRequest =
        new("invalid-transport-request", "The transport request is incomplete or not valid.", 400);

    public static readonly ProblemType VehicleNotFound =
        new("vehicle-not-found", "No vehicle is registered under the VIN; nothing was charged.", 404);

    public static readonly ProblemType InvalidTransportIngestionRequest =
        new("invalid-transport-ingestion-request", "The transport ingestion source or format is not valid.", 400);

    public static readonly ProblemType TransportSourceNotPermitted =
        new("transport-source-not-permitted", "A holder uploads only its own transport sources (or the operator any).", 403);

    public static readonly ProblemType TransportUploadTooLarge =
        new("transport-upload-too-large", "The uploaded transport file is larger than allowed.", 413);

    public static readonly ProblemType TransportEmptyUpload =
        new("transport-empty-upload", "The uploaded transport file is empty.", 400);

    public static readonly ProblemType TransportIngestionNotFound =
        new("transport-ingestion-not-found", "There is no transport ingestion job with this id for this caller.", 404);

    public static readonly ProblemType TransportIngestionQueueFull =
        new("transport-ingestion-queue-full", "The transport ingestion could not be queued; submit again later.", 503);

    /// <summary>Every transport type, registered with the problem catalog.</summary>
    public static IReadOnlyList<ProblemType> All { get; } =
    [
        InvalidVin, VinBatchTooLarge, InvalidTransportRequest, VehicleNotFound, InvalidTransportIngestionRequest, TransportSourceNotPermitted,
        TransportUploadTooLarge, TransportEmptyUpload, TransportIngestionNotFound, TransportIngestionQueueFull,
    ];
}
