namespace DataZones.Storage.Blobs;

/// <summary>What a container SAS allows on the container's blobs.</summary>
[Flags]
public enum BlobContainerSasPermissions
{
    None = 0,
    Read = 1,
    Add = 2,
    Create = 4,
    Write = 8,
    Delete = 16,
    List = 32,
}
