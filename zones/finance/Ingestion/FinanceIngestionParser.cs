using DataZones.Marketplace.Ingestion;
using DataZones.Marketplace.Identifiers;
using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Ingestion;

/// <summary>
/// Parses a holder's source file into reference records, line by line and lazily: a bad line yields its problems
/// and parsing goes on. Identity numbers are validated and replaced by their keyed hash as the line is read; the
/// records never hold them. Upserting every valid record by (PartitionKey = <see cref="IFinanceReferenceRecord.CreditCode"/>,
/// RowKey = <see cref="IFinanceReferenceRecord.RowKey"/>) makes re-running a file idempotent; if a file repeats a
/// key, the later line wins.
/// </summary>
public sealed class FinanceIngestionParser(PersonalIdentifierHasher hasher)
{
    private readonly PersonalIdentifierHasher _hasher = hasher ?? throw new ArgumentNullException(nameof(hasher));

    /// <summary>Parses <paramref name="utf8"/>, which stays open; enumerate the result once.</summary>
    public IEnumerable<ParsedLine> Parse(FinanceSource source, Stream utf8, IngestionFormat format)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        _ = FinanceSources.Code(source); // unknown sources throw now, not on first enumeration
        return ParseLines(source, utf8, format);
    }

    private IEnumerable<ParsedLine> ParseLines(FinanceSource source, Stream utf8, IngestionFormat format)
    {
        foreach (var raw in RawRecordReader.Read(utf8, format, FinanceFileFormats.Columns(source).Select(c => c.Name).ToList()))
        {
            if (raw.Problem is not null)
            {
                yield return ParsedLine.Invalid(raw.LineNumber, [raw.Problem]);
                continue;
            }

            var row = new FieldReader(raw);
            var record = FinanceRowMappers.Map(source, row, _hasher);
            yield return row.Problems.Count == 0
                ? ParsedLine.Valid(raw.LineNumber, record)
                : ParsedLine.Invalid(raw.LineNumber, row.Problems);
        }
    }
}
