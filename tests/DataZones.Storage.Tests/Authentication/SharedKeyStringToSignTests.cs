using Azure.Core;
using DataZones.Storage.Authentication;

namespace DataZones.Storage.Tests.Authentication;

/// <summary>
/// Fixed vectors, written out by hand from "Authorize with Shared Key" (Azure Storage REST reference); the
/// signatures were computed independently with <c>openssl dgst -sha256 -mac HMAC</c> under Azurite's public key.
/// </summary>
public class SharedKeyStringToSignTests
{
    private const string AzuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private const string Date = "Sun, 11 Oct 2009 19:52:39 GMT";

    [Fact]
    public void ForTable_PathStyleQuery_DoublesAccountAndIgnoresQueryOtherThanComp()
    {
        HttpHeader[] headers = [new("x-ms-date", Date), new("x-ms-version", "2021-12-02"), new("Accept", "application/json")];

        var text = SharedKeyStringToSign.ForTable("GET", headers, "devstoreaccount1", "/devstoreaccount1/mytable()", "?$filter=PartitionKey%20eq%20%27a%27&$top=5");

        Assert.Equal("GET\n\n\nSun, 11 Oct 2009 19:52:39 GMT\n/devstoreaccount1/devstoreaccount1/mytable()", text);
        Assert.Equal("QHOjNHJkcrx0cgVq5cSWkPZBj/QxohaX5hwXlA9lcRY=", new StorageSharedKeyCredential("devstoreaccount1", AzuriteKey).ComputeSignature(text));
    }

    [Fact]
    public void ForTable_HostStyleWithCompAndContent_SignsContentHeadersAndComp()
    {
        HttpHeader[] headers = [new("Content-Type", "application/json"), new("Content-MD5", "Q2hlY2sgSW50ZWdyaXR5IQ=="), new("Date", "ignored"), new("x-ms-date", Date)];

        var text = SharedKeyStringToSign.ForTable("PUT", headers, "myaccount", "/mytable", "?timeout=30&comp=acl");

        Assert.Equal("PUT\nQ2hlY2sgSW50ZWdyaXR5IQ==\napplication/json\nSun, 11 Oct 2009 19:52:39 GMT\n/myaccount/mytable?comp=acl", text);
    }

    [Fact]
    public void ForTable_EscapedEntityPath_SignsPathAsSent()
    {
        HttpHeader[] headers = [new("x-ms-date", Date)];

        var text = SharedKeyStringToSign.ForTable("DELETE", headers, "myaccount", "/t(PartitionKey='a%27%27b',RowKey='c%20d')", "");

        Assert.Equal("DELETE\n\n\nSun, 11 Oct 2009 19:52:39 GMT\n/myaccount/t(PartitionKey='a%27%27b',RowKey='c%20d')", text);
    }

    [Fact]
    public void ForBlob_PathStylePutWithHeaders_BuildsLongForm()
    {
        HttpHeader[] headers =
        [
            new("x-ms-version", "2021-12-02"), new("x-ms-date", "Sun, 11 Oct 2009 21:49:13 GMT"), new("Content-Type", "text/plain"),
            new("x-ms-blob-type", "BlockBlob"), new("X-MS-Meta-Name", "value"), new("If-None-Match", "*"), new("Accept", "application/xml"),
        ];

        var text = SharedKeyStringToSign.ForBlob("PUT", headers, 11, "devstoreaccount1", "/devstoreaccount1/container/blob", "");

        Assert.Equal(
            "PUT\n\n\n11\n\ntext/plain\n\n\n\n*\n\n\n" +
            "x-ms-blob-type:BlockBlob\nx-ms-date:Sun, 11 Oct 2009 21:49:13 GMT\nx-ms-meta-name:value\nx-ms-version:2021-12-02\n" +
            "/devstoreaccount1/devstoreaccount1/container/blob",
            text);
        Assert.Equal("SqPFmHXKPK9mq4t0zPbh9nViXV64ACcT9tpuYII6/xk=", new StorageSharedKeyCredential("devstoreaccount1", AzuriteKey).ComputeSignature(text));
    }

    [Fact]
    public void ForBlob_HostStyleListWithRepeatedParameters_SortsNamesAndJoinsValues()
    {
        // The example of the REST reference: parameters sorted by name, a repeated one's values sorted and comma-joined.
        HttpHeader[] headers = [new("x-ms-date", Date), new("x-ms-version", "2021-12-02")];

        var text = SharedKeyStringToSign.ForBlob(
            "GET", headers, null, "myaccount", "/mycontainer", "?restype=container&comp=list&include=snapshots&include=metadata&include=uncommittedblobs");

        Assert.Equal(
            "GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Sun, 11 Oct 2009 19:52:39 GMT\nx-ms-version:2021-12-02\n" +
            "/myaccount/mycontainer\ncomp:list\ninclude:metadata,snapshots,uncommittedblobs\nrestype:container",
            text);
    }

    [Fact]
    public void ForBlob_ZeroLengthEncodedQueryAndRange_SignsEmptyLengthAndDecodedValues()
    {
        HttpHeader[] headers = [new("x-ms-date", Date), new("Range", "bytes=0-99"), new("If-Match", "\"0x1\"")];

        var text = SharedKeyStringToSign.ForBlob("PUT", headers, 0, "acct", "/c/b", "?comp=block&blockid=QUFBQQ%3D%3D");

        Assert.Equal("PUT\n\n\n\n\n\n\n\n\"0x1\"\n\n\nbytes=0-99\nx-ms-date:Sun, 11 Oct 2009 19:52:39 GMT\n/acct/c/b\nblockid:QUFBQQ==\ncomp:block", text);
    }
}
