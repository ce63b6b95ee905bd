using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Transport.Reference;

namespace DataZones.Zones.Transport.Ingestion;

/// <summary>
/// Parses the holders' files line by line and lazily: a bad line yields its problems (with its line number) and
/// parsing goes on. Plates and identity numbers are replaced by their keyed hash as the line is read. Upserts keyed
/// by (VIN, record id) make re-running a file idempotent; a later line wins.
/// </summary>
public sealed class TransportIngestionParser(TransportKeys keys)
{
    /// <summary>Parses <paramref name="utf8"/>, which stays open; enumerate the result once.</summary>
    public IEnumerable<ParsedTransportLine> Parse(TransportSource source, Stream utf8, IngestionFormat format)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        var required = TransportFileFormats.Columns(source).Where(c => !TransportFileFormats.IsOptional(c)).ToList();
        return ParseLines(source, utf8, format, required);
    }

    private IEnumerable<ParsedTransportLine> ParseLines(TransportSource source, Stream utf8, IngestionFormat format, IReadOnlyCollection<string> required)
    {
        foreach (var raw in RawRecordReader.Read(utf8, format, required))
        {
            if (raw.Problem is not null)
            {
                yield return new ParsedTransportLine(raw.LineNumber, null, [raw.Problem]);
                continue;
            }

            var row = new FieldReader(raw);
            var record = TransportRowMappers.Map(source, row, keys);
            yield return row.Problems.Count == 0
                ? new ParsedTransportLine(raw.LineNumber, record, [])
                : new ParsedTransportLine(raw.LineNumber, null, row.Problems);
        }
    }
}
