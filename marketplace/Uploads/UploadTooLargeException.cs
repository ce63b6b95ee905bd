namespace DataZones.Marketplace.Uploads;

/// <summary>
/// Thrown by <see cref="UploadLimitStream"/> to stop an upload in the middle of the storage client's read; the
/// zone's ingestion service catches it and answers with an outcome, so it never leaves the zone.
/// </summary>
public sealed class UploadTooLargeException(long bytesMaximum)
    : IOException($"The upload is larger than {bytesMaximum} bytes.")
{
    public long BytesMaximum { get; } = bytesMaximum;
}
