using DataZones.Storage.Blobs;

namespace DataZones.Storage.Tests.Blobs;

/// <summary>The service SAS string-to-sign (version 2020-12-06 and later), written out by hand from "Create a service SAS".</summary>
public class BlobSasBuilderTests
{
    [Fact]
    public void StringToSign_Blob_HasSixteenFieldsWithUnencodedCanonicalName()
    {
        var text = BlobSasBuilder.StringToSign("devstoreaccount1", "exports", "dir/a b.csv", "r", "2025-01-02T03:04:05Z", "b", "2021-12-02");

        Assert.Equal("r\n\n2025-01-02T03:04:05Z\n/blob/devstoreaccount1/exports/dir/a b.csv\n\n\n\n2021-12-02\nb\n\n\n\n\n\n\n", text);
        Assert.Equal(16, text.Split('\n').Length);
    }

    [Fact]
    public void StringToSign_Container_NamesOnlyTheContainer()
    {
        var text = BlobSasBuilder.StringToSign("acct", "zarr", null, "rl", "2025-01-02T03:04:05Z", "c", "2021-12-02");

        Assert.Equal("rl\n\n2025-01-02T03:04:05Z\n/blob/acct/zarr\n\n\n\n2021-12-02\nc\n\n\n\n\n\n\n", text);
    }

    [Fact]
    public void Permissions_AllFlags_AreInServiceOrder()
    {
        Assert.Equal("racwdl", BlobSasBuilder.Permissions((BlobContainerSasPermissions)63));
        Assert.Equal("rd", BlobSasBuilder.Permissions(BlobSasPermissions.Delete | BlobSasPermissions.Read));
        Assert.Throws<ArgumentException>(() => BlobSasBuilder.Permissions(BlobSasPermissions.None));
    }
}
