using Azure.Core;

namespace DataZones.Storage.Blobs;

/// <summary>Options of the Blob clients: Azure.Core's retry, diagnostics and transport settings, the pool, and upload sizes.</summary>
public class BlobClientOptions : ClientOptions
{
    /// <summary>Connections the client's own HTTP handler may open (when no <see cref="ClientOptions.Transport"/> is set).</summary>
    public int MaxConnectionsPerServer { get; set; } = 64;

    /// <summary>Uploads up to this size go in one Put Blob; larger ones are staged as blocks and committed.</summary>
    public int SingleUploadThresholdBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The size of each staged block of a large upload (at most 4,000 MiB; a blob has at most 50,000 blocks).</summary>
    public int BlockSizeBytes { get; set; } = 4 * 1024 * 1024;
}
