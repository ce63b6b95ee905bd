using System.Text;

namespace DataZones.Marketplace.Text;

/// <summary>
/// Reads RFC 4180 records: comma-separated, fields optionally in double quotes, "" for a quote inside quotes, line
/// breaks (CRLF or LF) inside quotes kept. Counts physical lines so problems name the line a record starts on.
/// A malformed record is returned with its error and reading continues with the next record. Shared by every zone
/// that takes CSV uploads, so they all read the same dialect and report the same rule codes.
/// </summary>
public sealed class CsvRecordReader(TextReader reader)
{
    /// <summary>The rule code of a record whose quotes are wrong.</summary>
    public const string MalformedRecord = "malformed-record";

    /// <summary>The rule code of a record over <see cref="RecordLengthMaximum"/>.</summary>
    public const string RecordTooLong = "record-too-long";

    /// <summary>A record longer than this is refused (and skipped), so one bad line cannot exhaust memory.</summary>
    public const int RecordLengthMaximum = 65_536;

    private int _line = 1;

    /// <summary>The next non-blank record, or null at the end.</summary>
    public (int StartLine, List<string> Fields, string? ErrorCode, string? Error)? Read()
    {
        while (true)
        {
            var startLine = _line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var (inQuotes, closedQuote, sawAny, length) = (false, false, false, 0);
            string? error = null;
            string? errorCode = null;
            while (true)
            {
                var c = reader.Read();
                if (c == -1)
                {
                    if (!sawAny)
                    {
                        return null;
                    }

                    if (inQuotes && error is null)
                    {
                        (errorCode, error) = (MalformedRecord, "A quoted field is not closed before the end of the file.");
                    }

                    break;
                }

                sawAny = true;
                if (++length > RecordLengthMaximum)
                {
                    errorCode ??= RecordTooLong;
                    error ??= $"The record is longer than {RecordLengthMaximum} characters.";
                }

                if (inQuotes)
                {
                    if (c == '"' && reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else if (c == '"')
                    {
                        (inQuotes, closedQuote) = (false, true);
                    }
                    else
                    {
                        _line += c == '\n' ? 1 : 0;
                        AppendBounded(field, (char)c, length);
                    }

                    continue;
                }

                if (c is '\r' or '\n')
                {
                    if (c == '\r' && reader.Peek() == '\n')
                    {
                        reader.Read();
                    }

                    _line++;
                    break;
                }

                if (c == ',')
                {
                    fields.Add(field.ToString());
                    (field, closedQuote) = (new StringBuilder(), false);
                }
                else if (c == '"' && field.Length == 0 && !closedQuote)
                {
                    inQuotes = true;
                }
                else if (c == '"' || closedQuote)
                {
                    errorCode ??= MalformedRecord;
                    error ??= "A quote must open a field and be doubled inside it; text follows a closing quote or a quote stands inside an unquoted field.";
                    AppendBounded(field, (char)c, length);
                }
                else
                {
                    AppendBounded(field, (char)c, length);
                }
            }

            fields.Add(field.ToString());
            if (fields is [""] && error is null)
            {
                continue; // a blank line
            }

            return (startLine, fields, errorCode, error);
        }
    }

    private static void AppendBounded(StringBuilder field, char c, int recordLength)
    {
        if (recordLength <= RecordLengthMaximum)
        {
            field.Append(c);
        }
    }
}
