namespace DataZones.Zones.Ocean.Output;

/// <summary>
/// Renders floats as the text of a JSON array — <c>[1.5,null,2]</c>, shortest round-trip decimals, null for NaN —
/// in parallel blocks through the same formatted-value cache as CSV. The JSON writer would format each number alone
/// on one thread; for the millions of values of a large range this is several times faster.
/// </summary>
internal static class JsonNumberArray
{
    private const int BlockValues = 64 * 1024;

    public static byte[] Render(ReadOnlyMemory<float> values, CancellationToken cancellationToken = default)
    {
        var blocks = Enumerable.Range(0, (values.Length + BlockValues - 1) / BlockValues)
            .Select(b => (ITextBlock)new Block(values.Slice(b * BlockValues, Math.Min(BlockValues, values.Length - b * BlockValues))))
            .ToArray();
        // Every value is followed by a comma; the last one's becomes the closing bracket.
        return ParallelText.Join(blocks, cancellationToken, "["u8, "]"u8, trimEnd: values.IsEmpty ? 0 : 1);
    }

    private sealed class Block(ReadOnlyMemory<float> values) : ITextBlock
    {
        private const int ValueBytesMax = FormattedValueCache.BytesFreeMin + 1; // the value and its comma

        private readonly FormattedValueCache _formatted = new();
        private int _next;

        public int Fill(Span<byte> buffer)
        {
            var span = values.Span;
            var n = 0;
            for (; _next < span.Length && buffer.Length - n >= ValueBytesMax; _next++)
            {
                var value = span[_next];
                if (float.IsNaN(value))
                {
                    "null"u8.CopyTo(buffer[n..]);
                    n += 4;
                }
                else
                {
                    n += _formatted.Write(value, buffer[n..]);
                }
                buffer[n++] = (byte)',';
            }
            return n;
        }
    }
}
