namespace DataZones.Storage.Blobs;

/// <summary>
/// A download whose content is read from the network as the caller reads <see cref="Content"/>; nothing is
/// buffered. Dispose it (or the stream) to release the connection.
/// </summary>
public sealed class BlobDownloadStreamingResult(Stream content, BlobDownloadDetails details) : IDisposable, IAsyncDisposable
{
    public Stream Content { get; } = content;

    public BlobDownloadDetails Details { get; } = details;

    public void Dispose() => Content.Dispose();

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
