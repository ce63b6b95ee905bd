using DataZones.Marketplace.Identifiers;
using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Medical.Reference;

namespace DataZones.Zones.Medical.Ingestion;

/// <summary>
/// Parses the health commission's files line by line and lazily: a bad line yields its problems (with its line
/// number) and parsing goes on. Identity numbers are validated and replaced by their keyed hash as the line is read.
/// Upserts keyed by (person, visit or prescription id) make re-running a file idempotent; a later line wins.
/// </summary>
public sealed class MedicalIngestionParser(MedicalPersonKeys persons)
{
    /// <summary>Parses <paramref name="utf8"/>, which stays open; enumerate the result once.</summary>
    public IEnumerable<ParsedMedicalLine> Parse(MedicalSource source, Stream utf8, IngestionFormat format)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        var columns = MedicalFileFormats.Columns(source);
        return ParseLines(source, utf8, format, columns.Where(c => !MedicalFileFormats.IsOptional(c)).ToList(), persons.Hasher);
    }

    private static IEnumerable<ParsedMedicalLine> ParseLines(MedicalSource source, Stream utf8, IngestionFormat format, IReadOnlyCollection<string> required, PersonalIdentifierHasher hasher)
    {
        foreach (var raw in RawRecordReader.Read(utf8, format, required))
        {
            if (raw.Problem is not null)
            {
                yield return new ParsedMedicalLine(raw.LineNumber, null, [raw.Problem]);
                continue;
            }

            var row = new FieldReader(raw);
            var record = MedicalRowMappers.Map(source, row, hasher);
            yield return row.Problems.Count == 0
                ? new ParsedMedicalLine(raw.LineNumber, record, [])
                : new ParsedMedicalLine(raw.LineNumber, null, row.Problems);
        }
    }
}
