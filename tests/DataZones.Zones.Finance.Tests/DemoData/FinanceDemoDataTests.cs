using DataZones.Marketplace.Ingestion;
using System.Security.Cryptography;
using DataZones.Zones.Finance.DemoData;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Scoring;

namespace DataZones.Zones.Finance.Tests.DemoData;

public sealed class FinanceDemoDataTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 15);

    [Theory]
    [InlineData(IngestionFormat.Csv)]
    [InlineData(IngestionFormat.JsonLines)]
    public void Write_SameSeed_GivesIdenticalBytes_OtherSeedDiffers(IngestionFormat format)
    {
        foreach (var source in FinanceSources.All)
        {
            Assert.Equal(Hash(new FinanceDemoData(7, AsOf, 500), source, format), Hash(new FinanceDemoData(7, AsOf, 500), source, format));
        }

        Assert.NotEqual(Hash(new FinanceDemoData(7, AsOf, 500), FinanceSource.EnterpriseRegistry, format),
            Hash(new FinanceDemoData(8, AsOf, 500), FinanceSource.EnterpriseRegistry, format));
    }

    [Theory]
    [InlineData(IngestionFormat.Csv)]
    [InlineData(IngestionFormat.JsonLines)]
    public void Write_EverySource_IngestsWithoutAProblem(IngestionFormat format)
    {
        var records = Ingest(new FinanceDemoData(11, AsOf, 2_000), format);

        var registrations = records.OfType<EnterpriseRegistration>().ToList();
        Assert.Equal(2_000, registrations.Count);
        Assert.Equal(2_000, registrations.Select(r => r.CreditCode).Distinct().Count());
        Assert.All(registrations, r => Assert.True(QingdaoDistricts.Contains(r.DistrictCode)));
        Assert.Equal(records.Count, records.Select(r => (r.CreditCode, r.RowKey)).Distinct().Count());
    }

    [Fact]
    public void Population_Distributions_AreCorrelatedAsDesigned()
    {
        var records = Ingest(new FinanceDemoData(3, AsOf, 3_000), IngestionFormat.Csv);
        var scores = records.GroupBy(r => r.CreditCode)
            .Select(g => (Profile: CreditProfileBuilder.Build(EnterpriseReferenceSet.From(g), AsOf), Score: 0))
            .Select(p => (p.Profile, Score: CreditScorer.Score(p.Profile)))
            .ToList();

        var old = scores.Where(s => s.Profile.AgeMonths >= 120).Average(s => s.Score.Score);
        var young = scores.Where(s => s.Profile.AgeMonths < 36).Average(s => s.Score.Score);
        Assert.True(old > young + 100, $"old {old:F0}, young {young:F0}");

        var listed = scores.Where(s => s.Profile.ActiveDishonestDebtor).ToList();
        Assert.NotEmpty(listed);
        Assert.True(listed.Count(s => s.Profile.LatestTaxRating <= TaxCreditRating.C) * 2 > listed.Count);
        Assert.InRange(scores.Count(s => s.Profile.Status != EnterpriseStatus.Active), 30, 300);
        Assert.Contains(scores, s => s.Score.Bands.HeadcountTrend == HeadcountTrendBand.Growing);
        Assert.Contains(scores, s => s.Score.Bands.HeadcountTrend is HeadcountTrendBand.Shrinking or HeadcountTrendBand.ShrinkingFast);
        Assert.True(Enum.GetValues<CreditGrade>().Count(g => scores.Any(s => s.Score.Grade == g)) >= 6);
    }

    [Fact]
    public void CreditCode_Index_MatchesTheRegistryFile()
    {
        var demo = new FinanceDemoData(5, AsOf, 10);
        var registrations = Ingest(demo, IngestionFormat.Csv).OfType<EnterpriseRegistration>().ToList();

        Assert.Equal(registrations[3].CreditCode, demo.CreditCode(3));
    }

    private static List<IFinanceReferenceRecord> Ingest(FinanceDemoData demo, IngestionFormat format)
    {
        var parser = new FinanceIngestionParser(FinanceTestData.Hasher);
        var records = new List<IFinanceReferenceRecord>();
        foreach (var source in FinanceSources.All)
        {
            using var stream = new MemoryStream();
            demo.Write(source, format, stream);
            stream.Position = 0;
            foreach (var line in parser.Parse(source, stream, format))
            {
                Assert.True(line.IsValid, $"{source} line {line.LineNumber}: {string.Join("; ", line.Problems)}");
                records.Add(line.Record!);
            }
        }

        return records;
    }

    private static string Hash(FinanceDemoData demo, FinanceSource source, IngestionFormat format)
    {
        using var stream = new MemoryStream();
        demo.Write(source, format, stream);
        return Convert.ToHexString(SHA256.HashData(stream.ToArray()));
    }
}
