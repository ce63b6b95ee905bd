using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Finance.DemoData;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Tests.Hosting;

/// <summary>Small holder files for the HTTP tests, written as holders write them.</summary>
internal static class FinanceFiles
{
    public const string RegistryHeader =
        "credit_code,name,status,legal_representative_name,legal_representative_id_number,registered_capital_cny,established_on,industry_code,district_code";

    /// <summary>The registry line of <see cref="FinanceTestData"/>'s enterprise, with its identity number in clear.</summary>
    public static string RegistryLine(string status = "active") =>
        $"{FinanceTestData.CreditCode},青岛海诚（黄岛）电子有限公司,{status},欧阳晓峰,{FinanceTestData.IdNumber},12340000,2012-05-17,C39,370211";

    public static string Csv(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    /// <summary>Every source file of a demo population, in memory.</summary>
    public static byte[] Demo(FinanceDemoData demo, FinanceSource source, IngestionFormat format = IngestionFormat.Csv)
    {
        using var stream = new MemoryStream();
        demo.Write(source, format, stream);
        return stream.ToArray();
    }
}
