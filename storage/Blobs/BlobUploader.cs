using System.Buffers;
using System.Globalization;
using System.Text;
using Azure;
using Azure.Core;

namespace DataZones.Storage.Blobs;

/// <summary>
/// Uploads a block blob: one Put Blob up to the threshold; above it, Put Block for each block and one Put Block
/// List to commit them, so a large upload never needs the whole content in memory.
/// </summary>
internal sealed class BlobUploader(BlobConnection connection, Uri blobUri)
{
    /// <summary>The service's limit on blocks per blob.</summary>
    private const int BlocksMax = 50_000;

    public async Task<Response<BlobContentInfo>> UploadAsync(ReadOnlyMemory<byte> content, bool overwrite, BlobUploadOptions? options, CancellationToken cancellationToken)
    {
        if (content.Length <= connection.SingleUploadThresholdBytes) return await PutBlobAsync(content, overwrite, options, cancellationToken).ConfigureAwait(false);
        var blockIds = new List<string>();
        for (var offset = 0; offset < content.Length; offset += connection.BlockSizeBytes)
        {
            var block = content.Slice(offset, Math.Min(connection.BlockSizeBytes, content.Length - offset));
            blockIds.Add(await PutBlockAsync(blockIds.Count, block, cancellationToken).ConfigureAwait(false));
        }

        return await PutBlockListAsync(blockIds, overwrite, options, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Response<BlobContentInfo>> UploadAsync(Stream content, bool overwrite, BlobUploadOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        // Read one byte past the threshold: only then is it known whether a single Put Blob will do.
        var head = ArrayPool<byte>.Shared.Rent(connection.SingleUploadThresholdBytes + 1);
        var block = ArrayPool<byte>.Shared.Rent(connection.BlockSizeBytes);
        try
        {
            var headLength = await ReadFullAsync(content, head.AsMemory(0, connection.SingleUploadThresholdBytes + 1), cancellationToken).ConfigureAwait(false);
            if (headLength <= connection.SingleUploadThresholdBytes)
                return await PutBlobAsync(head.AsMemory(0, headLength), overwrite, options, cancellationToken).ConfigureAwait(false);

            var blockIds = new List<string>();
            var headOffset = 0;
            while (blockIds.Count <= BlocksMax)
            {
                var fromHead = Math.Min(connection.BlockSizeBytes, headLength - headOffset);
                head.AsSpan(headOffset, fromHead).CopyTo(block);
                headOffset += fromHead;
                var filled = fromHead + await ReadFullAsync(content, block.AsMemory(fromHead, connection.BlockSizeBytes - fromHead), cancellationToken).ConfigureAwait(false);
                if (filled == 0) break;
                blockIds.Add(await PutBlockAsync(blockIds.Count, block.AsMemory(0, filled), cancellationToken).ConfigureAwait(false));
                if (filled < connection.BlockSizeBytes) break;
            }

            if (blockIds.Count > BlocksMax) throw new ArgumentException($"The content needs more than {BlocksMax} blocks; raise BlockSizeBytes.", nameof(content));
            return await PutBlockListAsync(blockIds, overwrite, options, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(head);
            ArrayPool<byte>.Shared.Return(block);
        }
    }

    private async Task<Response<BlobContentInfo>> PutBlobAsync(ReadOnlyMemory<byte> content, bool overwrite, BlobUploadOptions? options, CancellationToken cancellationToken)
    {
        using var message = connection.CreateMessage(RequestMethod.Put, blobUri);
        message.Request.Headers.SetValue("x-ms-blob-type", "BlockBlob");
        BlobHeaders.SetUploadHeaders(message.Request, options, overwrite);
        message.Request.Content = RequestContent.Create(content);
        var response = await connection.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return Response.FromValue(BlobHeaders.ContentInfo(response), response);
    }

    private async Task<string> PutBlockAsync(int index, ReadOnlyMemory<byte> block, CancellationToken cancellationToken)
    {
        // Block ids must all have the same length within a blob; a fixed-width counter gives that.
        var blockId = Convert.ToBase64String(Encoding.ASCII.GetBytes(index.ToString("D6", CultureInfo.InvariantCulture)));
        using var message = connection.CreateMessage(RequestMethod.Put, blobUri);
        message.Request.Uri.AppendQuery("comp", "block", escapeValue: false);
        message.Request.Uri.AppendQuery("blockid", blockId, escapeValue: true);
        message.Request.Content = RequestContent.Create(block);
        await connection.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return blockId;
    }

    private async Task<Response<BlobContentInfo>> PutBlockListAsync(List<string> blockIds, bool overwrite, BlobUploadOptions? options, CancellationToken cancellationToken)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList>");
        foreach (var id in blockIds) xml.Append("<Latest>").Append(id).Append("</Latest>");
        xml.Append("</BlockList>");

        using var message = connection.CreateMessage(RequestMethod.Put, blobUri);
        message.Request.Uri.AppendQuery("comp", "blocklist", escapeValue: false);
        BlobHeaders.SetUploadHeaders(message.Request, options, overwrite);
        message.Request.Headers.SetValue("Content-Type", "application/xml");
        message.Request.Content = RequestContent.Create(Encoding.UTF8.GetBytes(xml.ToString()));
        var response = await connection.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return Response.FromValue(BlobHeaders.ContentInfo(response), response);
    }

    private static async Task<int> ReadFullAsync(Stream stream, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer[total..], cancellationToken).ConfigureAwait(false)) > 0) total += read;
        return total;
    }
}
