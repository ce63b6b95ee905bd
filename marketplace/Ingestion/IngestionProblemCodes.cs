using DataZones.Marketplace.Text;

namespace DataZones.Marketplace.Ingestion;

/// <summary>
/// Stable codes of ingestion problems. Identifier fields report the identifier's own violation code instead
/// (<c>wrong-check-character</c>, <c>invalid-birth-date</c>, …).
/// </summary>
public static class IngestionProblemCodes
{
    public const string MissingColumn = "missing-column";
    public const string MalformedRecord = CsvRecordReader.MalformedRecord;
    public const string MalformedJson = "malformed-json";
    public const string RecordTooLong = CsvRecordReader.RecordTooLong;
    public const string MissingField = "missing-field";
    public const string TooLong = "too-long";
    public const string InvalidDate = "invalid-date";
    public const string InvalidNumber = "invalid-number";
    public const string NegativeAmount = "negative-amount";
    public const string OutOfRange = "out-of-range";
    public const string InvalidValue = "invalid-value";
    public const string InvalidKeyText = "invalid-key-text";
}
