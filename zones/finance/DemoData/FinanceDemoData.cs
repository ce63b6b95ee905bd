using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.DemoData;

/// <summary>
/// A deterministic demo population of Qingdao enterprises, written as the holders' source files so that demo data
/// goes through the same ingestion path as real data. The same seed, count and date give byte-identical files.
/// </summary>
/// <remarks>
/// The registry file carries synthetic identity numbers in clear, as a holder's export would; the parser replaces
/// them by their keyed hash on read, so they never reach storage. Write the files to a temporary place and ingest
/// them; do not keep them.
/// </remarks>
public sealed class FinanceDemoData
{
    public const int DefaultEnterpriseCount = 20_000;

    /// <param name="seed">Any integer; the population is a pure function of it.</param>
    /// <param name="asOf">The date the data describes; histories end the month before.</param>
    /// <param name="enterpriseCount">How many enterprises, 1 to 10 million.</param>
    public FinanceDemoData(int seed, DateOnly asOf, int enterpriseCount = DefaultEnterpriseCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(enterpriseCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(enterpriseCount, DemoIdentifiers.CapacityMaximum);
        Seed = seed;
        AsOf = asOf;
        EnterpriseCount = enterpriseCount;
    }

    public int Seed { get; }

    public DateOnly AsOf { get; }

    public int EnterpriseCount { get; }

    /// <summary>Writes one source's file to <paramref name="destination"/>, which is left open.</summary>
    public void Write(FinanceSource source, IngestionFormat format, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var writer = new FinanceFileWriter(destination, source, format);
        for (var index = 0; index < EnterpriseCount; index++)
        {
            foreach (var row in DemoRows.For(source, DemoEnterpriseFactory.Create(Seed, index, AsOf)))
            {
                writer.WriteRow(row);
            }
        }
    }

    /// <summary>The credit code of enterprise <paramref name="index"/>, so demos and tests can pick enterprises to query.</summary>
    public string CreditCode(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, EnterpriseCount);
        return DemoEnterpriseFactory.Create(Seed, index, AsOf).CreditCode;
    }
}
