using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DataZones.Storage.Tables;

/// <summary>
/// Writes an entity as the Table service's JSON: types JSON cannot tell apart carry an <c>@odata.type</c>
/// annotation (Int64 and DateTime as strings, Guid, Binary as base64, and Double so that a whole double stays a
/// double). Property names are encoded on the stack, so writing allocates only the output.
/// </summary>
internal static class TableEntityJsonWriter
{
    private static ReadOnlySpan<byte> TypeSuffix => "@odata.type"u8;

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    /// <summary>The entity's JSON as a new array (the cached writer is reused; only the result is allocated).</summary>
    public static byte[] ToUtf8Bytes(TableEntity entity)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(512);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        writer.Reset(buffer);
        Write(writer, entity);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    public static void Write(Utf8JsonWriter writer, TableEntity entity)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in entity)
        {
            WriteProperty(writer, name, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteProperty(Utf8JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case null:
                return; // Table Storage stores no nulls; leaving the property out is what a null means.
            case string text:
                writer.WriteString(name, text);
                return;
            case bool flag:
                writer.WriteBoolean(name, flag);
                return;
            case int number:
                writer.WriteNumber(name, number);
                return;
            case long number:
                WriteType(writer, name, "Edm.Int64"u8);
                Span<byte> digits = stackalloc byte[24];
                number.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
                writer.WriteString(name, digits[..written]);
                return;
            case double number:
                WriteType(writer, name, "Edm.Double"u8);
                if (double.IsFinite(number)) writer.WriteNumber(name, number);
                else writer.WriteString(name, double.IsNaN(number) ? "NaN" : number > 0 ? "Infinity" : "-Infinity");
                return;
            case DateTimeOffset time:
                WriteDateTime(writer, name, time.UtcDateTime);
                return;
            case DateTime time:
                WriteDateTime(writer, name, time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime());
                return;
            case Guid guid:
                WriteType(writer, name, "Edm.Guid"u8);
                writer.WriteString(name, guid);
                return;
            case byte[] bytes:
                WriteType(writer, name, "Edm.Binary"u8);
                writer.WriteBase64String(name, bytes);
                return;
            case BinaryData data:
                WriteType(writer, name, "Edm.Binary"u8);
                writer.WriteBase64String(name, data.ToMemory().Span);
                return;
            default:
                throw new ArgumentException(
                    $"Property '{name}' is a {value.GetType().Name}; Table Storage holds string, bool, int, long, double, DateTimeOffset, DateTime, Guid and binary (store decimals as invariant strings).",
                    nameof(value));
        }
    }

    private static void WriteDateTime(Utf8JsonWriter writer, string name, DateTime utc)
    {
        WriteType(writer, name, "Edm.DateTime"u8);
        Span<byte> text = stackalloc byte[32];
        utc.TryFormat(text, out var written, "yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);
        writer.WriteString(name, text[..written]);
    }

    /// <summary>Writes <c>"name@odata.type": "type"</c> without building the annotation's name as a string.</summary>
    private static void WriteType(Utf8JsonWriter writer, string name, ReadOnlySpan<byte> edmType)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(name.Length) + TypeSuffix.Length;
        var annotation = maxBytes <= 512 ? stackalloc byte[maxBytes] : new byte[maxBytes];
        var length = Encoding.UTF8.GetBytes(name, annotation);
        TypeSuffix.CopyTo(annotation[length..]);
        writer.WriteString(annotation[..(length + TypeSuffix.Length)], edmType);
    }
}
