using System.Globalization;
using System.Xml;
using Azure;

namespace DataZones.Storage.Blobs;

/// <summary>Reads a List Blobs response (<c>EnumerationResults</c> XML): the blobs and the <c>NextMarker</c>.</summary>
internal static class BlobListReader
{
    public static (List<BlobItem> Blobs, string? NextMarker) Read(Stream xml)
    {
        var blobs = new List<BlobItem>();
        string? nextMarker = null;
        using var reader = XmlReader.Create(xml, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element) reader.Read();
            else if (reader.Name == "Blob") blobs.Add(ReadBlob(reader));
            else if (reader.Name == "NextMarker") nextMarker = reader.ReadElementContentAsString();
            else reader.Read();
        }

        return (blobs, string.IsNullOrEmpty(nextMarker) ? null : nextMarker);
    }

    private static BlobItem ReadBlob(XmlReader reader)
    {
        string name = string.Empty, etag = string.Empty, lastModified = string.Empty;
        long length = 0;
        using (var blob = reader.ReadSubtree())
        {
            blob.Read();
            while (!blob.EOF)
            {
                if (blob.NodeType != XmlNodeType.Element) { blob.Read(); continue; }
                switch (blob.Name)
                {
                    case "Name": name = blob.ReadElementContentAsString(); break;
                    case "Content-Length": length = long.Parse(blob.ReadElementContentAsString(), CultureInfo.InvariantCulture); break;
                    case "Etag": etag = blob.ReadElementContentAsString(); break;
                    case "Last-Modified": lastModified = blob.ReadElementContentAsString(); break;
                    default: blob.Read(); break;
                }
            }
        }

        reader.Read(); // the subtree leaves the outer reader on </Blob>
        var modified = lastModified.Length > 0
            ? DateTimeOffset.ParseExact(lastModified, "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : default;
        return new BlobItem(name, length, new ETag(etag), modified);
    }
}
