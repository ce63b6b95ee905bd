using DataZones.Marketplace.Text;

namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>The stable rule codes of ingestion problems (each listed in the 400's <c>errors</c> or a failed job's reason).</summary>
public static class IngestionProblemCodes
{
    public const string MalformedHeader = "malformed-header";
    public const string Required = "required";
    public const string InvalidId = "invalid-id";
    public const string NotPositive = "not-positive";
    public const string OutOfRange = "out-of-range";
    public const string UnknownParameter = "unknown-parameter";
    public const string Duplicate = "duplicate";
    public const string InvalidFileName = "invalid-file-name";
    public const string InvalidPolygon = "invalid-polygon";
    public const string TooLarge = "too-large";
    public const string NotMultipart = "not-multipart";
    public const string UnexpectedFile = "unexpected-file";
    public const string MissingFile = "missing-file";
    public const string WrongLength = "wrong-length";
    public const string InfiniteValue = "infinite-value";

    // The CSV form (CsvGridReader).
    public const string MalformedRecord = CsvRecordReader.MalformedRecord;
    public const string RecordTooLong = CsvRecordReader.RecordTooLong;
    public const string MissingColumn = "missing-column";
    public const string UnknownColumn = "unknown-column";
    public const string WrongFieldCount = "wrong-field-count";
    public const string InvalidTime = "invalid-time";
    public const string NotOnGrid = "not-on-grid";
    public const string DuplicateRow = "duplicate-row";
    public const string NotANumber = "not-a-number";
}
