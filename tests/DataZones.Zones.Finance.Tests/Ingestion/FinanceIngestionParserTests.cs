using DataZones.Marketplace.Ingestion;
using System.Text;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Tests.Ingestion;

public sealed class FinanceIngestionParserTests
{
    private const string RegistryHeader =
        "credit_code,name,status,legal_representative_name,legal_representative_id_number,registered_capital_cny,established_on,industry_code,district_code";

    private readonly FinanceIngestionParser _parser = new(FinanceTestData.Hasher);

    [Fact]
    public void Parse_RegistryCsv_HashesTheIdentityNumberAndKeepsNoClearValue()
    {
        var line = Parse(FinanceSource.EnterpriseRegistry, RegistryHeader + "\r\n" +
            "91370202MA3C12345B,\"青岛海诚（黄岛）电子有限公司\",active,欧阳晓峰,370202199003071233,12340000.00,2012-05-17,C39,370211\r\n").Single();

        var record = Assert.IsType<EnterpriseRegistration>(line.Record);
        Assert.Equal(FinanceTestData.Registration(), record);
        Assert.Equal(FinanceTestData.Hasher.HashToHex(FinanceTestData.IdNumber), record.LegalRepresentativeIdHash);
        Assert.Equal(2, line.LineNumber);
        Assert.Equal(("91370202MA3C12345B", "enterprise-registry"), (record.CreditCode, record.RowKey));
    }

    [Fact]
    public void Parse_BadRows_ReportsEachWithItsLineAndGoesOn()
    {
        var csv = RegistryHeader + "\n" +
            "91370202MA3C12345B,好公司,active,王伟,370202199003071233,100,2012-05-17,C39,370211\n" +   // 2 ok
            "91370202MA3C123450,坏公司,active,王伟,370202199003071233,100,2012-05-17,C39,370211\n" +   // 3 check char
            "91370202MA3C12345B,坏公司,active,王伟,370202199003071234,-5,2012-02-30,C3,370101\n" +     // 4 four problems + id
            "91370202MA3C12345B,\"多行\n名称\",active,王伟,370202199003071233,100,2012-05-17,C39,370211\n" + // 5–6 ok
            "91370202MA3C12345B,,unknown,王伟,370202199003071233,100,2012-05-17,C39,370211\n" +       // 7 missing name, bad status
            "91370202MA3C12345B,少列\n" +                                                             // 8 field count
            "91370202MA3C12345B,坏\"引号,active,王伟,370202199003071233,100,2012-05-17,C39,370211\n";  // 9 stray quote

        var lines = Parse(FinanceSource.EnterpriseRegistry, csv);

        Assert.Equal([2, 3, 4, 5, 7, 8, 9], lines.Select(l => l.LineNumber));
        Assert.Equal([true, false, false, true, false, false, false], lines.Select(l => l.IsValid));
        Assert.Equal(("credit_code", "wrong-check-character"), Problem(lines[1]));
        Assert.Equal(
            ["legal_representative_id_number:wrong-check-character", "registered_capital_cny:negative-amount",
             "established_on:invalid-date", "industry_code:invalid-industry-code", "district_code:invalid-district-code"],
            lines[2].Problems.Select(p => $"{p.Field}:{p.Code}"));
        Assert.Equal("多行\n名称", ((EnterpriseRegistration)lines[3].Record!).Name);
        Assert.Equal(["name:missing-field", "status:invalid-value"], lines[4].Problems.Select(p => $"{p.Field}:{p.Code}"));
        Assert.Equal((null, "malformed-record"), Problem(lines[5]));
        Assert.Equal((null, "malformed-record"), Problem(lines[6]));
        Assert.All(lines.SelectMany(l => l.Problems), p => Assert.DoesNotContain("370202199003071234", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_HeaderWithoutARequiredColumn_IsOneProblemOnLineOne()
    {
        var problem = Assert.Single(Parse(FinanceSource.TaxRating, "credit_code,year\n91370202MA3C12345B,2024\n"));

        Assert.Equal((1, "missing-column"), (problem.LineNumber, problem.Problems[0].Code));
        Assert.Contains("rating", problem.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_JsonLines_ReadsTypedValuesAndReportsBadLines()
    {
        var jsonl =
            "{\"credit_code\":\"91370202MA3C12345B\",\"month\":\"2025-03\",\"bills_due\":3,\"bills_paid_on_time\":2}\n" +
            "\n" +
            "{\"credit_code\":\"91370202MA3C12345B\",\"month\":\"2025-13\",\"bills_due\":2,\"bills_paid_on_time\":3}\n" +
            "not json\n" +
            "[1,2]\n";

        var lines = Parse(FinanceSource.UtilityPayment, jsonl, IngestionFormat.JsonLines);

        Assert.Equal([1, 3, 4, 5], lines.Select(l => l.LineNumber));
        Assert.Equal(new UtilityPaymentRecord(FinanceTestData.CreditCode, new YearMonth(2025, 3), 3, 2), lines[0].Record);
        Assert.Equal(["month:invalid-month", "bills_paid_on_time:out-of-range"], lines[1].Problems.Select(p => $"{p.Field}:{p.Code}"));
        Assert.Equal("malformed-json", lines[2].Problems[0].Code);
        Assert.Equal("malformed-json", lines[3].Problems[0].Code);
    }

    [Fact]
    public void Parse_CourtAndDishonestRecords_BuildStableRowKeys()
    {
        var court = Parse(FinanceSource.CourtEnforcement,
            "credit_code,case_number,filed_on,amount_band,closed\r\n91370202MA3C12345B,（2024）鲁0202执12号,2024-02-01,1m-10m,false\r\n91370202MA3C12345B,a/b,2024-02-01,huge,maybe\r\n");
        var dishonest = Parse(FinanceSource.DishonestDebtor,
            "credit_code,case_number,listed_on,removed_on\n91370202MA3C12345B,（2024）鲁0202执12号,2024-06-01,\n91370202MA3C12345B,x,2024-06-01,2024-01-01\n");

        Assert.Equal("court-enforcement|（2024）鲁0202执12号", court[0].Record!.RowKey);
        Assert.Equal(["case_number:invalid-key-text", "amount_band:invalid-value", "closed:invalid-value"], court[1].Problems.Select(p => $"{p.Field}:{p.Code}"));
        Assert.Null(((DishonestDebtorRecord)dishonest[0].Record!).RemovedOn);
        Assert.Equal("removed_on:out-of-range", $"{dishonest[1].Problems[0].Field}:{dishonest[1].Problems[0].Code}");
    }

    [Fact]
    public void Parse_SameFileTwice_GivesTheSameKeys()
    {
        const string csv = "credit_code,month,insured_employees\n91370202MA3C12345B,2025-01,10\n91370202MA3C12345B,2025-02,11\n";

        var first = Parse(FinanceSource.Headcount, csv).Select(l => (l.Record!.CreditCode, l.Record.RowKey));
        var second = Parse(FinanceSource.Headcount, csv).Select(l => (l.Record!.CreditCode, l.Record.RowKey));

        Assert.Equal(first, second);
        Assert.Equal("headcount|2025-02", second.Last().RowKey);
    }

    private List<ParsedLine> Parse(FinanceSource source, string text, IngestionFormat format = IngestionFormat.Csv)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return [.. _parser.Parse(source, stream, format)];
    }

    private static (string? Field, string Code) Problem(ParsedLine line) => (line.Problems[0].Field, line.Problems[0].Code);
}
