using System.Buffers;

namespace DataZones.Zones.Ocean.Output;

/// <summary>A run of text rendered a buffer at a time: each call writes whole items and returns the bytes written, 0 at the end.</summary>
internal interface ITextBlock
{
    int Fill(Span<byte> buffer);
}

/// <summary>
/// Renders blocks of text on every core, each into pooled segments, then joins them in order into one array of
/// exactly their length and returns the segments to the pool. CSV renders blocks of time steps through it, and
/// CoverageJSON blocks of a range's values.
/// </summary>
internal static class ParallelText
{
    private const int SegmentBytes = 256 * 1024;

    /// <summary>
    /// <paramref name="prefix"/>, then every block's text, less its last <paramref name="trimEnd"/> bytes, then
    /// <paramref name="suffix"/>.
    /// </summary>
    public static byte[] Join(IReadOnlyList<ITextBlock> blocks, CancellationToken cancellationToken,
        ReadOnlySpan<byte> prefix = default, ReadOnlySpan<byte> suffix = default, int trimEnd = 0)
    {
        var rendered = new List<(byte[] Segment, int Length)>[blocks.Count];
        Parallel.For(0, blocks.Count, new ParallelOptions { CancellationToken = cancellationToken }, b => rendered[b] = Render(blocks[b]));
        var offsets = new int[blocks.Count + 1];
        offsets[0] = prefix.Length;
        for (var b = 0; b < blocks.Count; b++)
        {
            offsets[b + 1] = offsets[b] + rendered[b].Sum(s => s.Length);
        }
        var textEnd = offsets[^1] - trimEnd;
        var text = GC.AllocateUninitializedArray<byte>(textEnd + suffix.Length);
        prefix.CopyTo(text);
        suffix.CopyTo(text.AsSpan(textEnd));
        Parallel.For(0, blocks.Count, b =>
        {
            var offset = offsets[b];
            foreach (var (segment, length) in rendered[b])
            {
                if (offset < textEnd)
                {
                    segment.AsSpan(0, Math.Min(length, textEnd - offset)).CopyTo(text.AsSpan(offset));
                }
                offset += length;
                ArrayPool<byte>.Shared.Return(segment);
            }
        });
        return text;
    }

    private static List<(byte[] Segment, int Length)> Render(ITextBlock block)
    {
        var segments = new List<(byte[], int)>();
        while (true)
        {
            var segment = ArrayPool<byte>.Shared.Rent(SegmentBytes);
            var used = block.Fill(segment);
            if (used == 0)
            {
                ArrayPool<byte>.Shared.Return(segment);
                return segments;
            }
            segments.Add((segment, used));
        }
    }
}
