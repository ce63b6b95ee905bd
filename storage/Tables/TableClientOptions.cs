using Azure.Core;

namespace DataZones.Storage.Tables;

/// <summary>Options of the Table clients: Azure.Core's retry, diagnostics and transport settings, and the connection pool.</summary>
public class TableClientOptions : ClientOptions
{
    /// <summary>
    /// Connections the client's own HTTP handler may open to the service (used when no
    /// <see cref="ClientOptions.Transport"/> is set). Metering writes many small entities concurrently, and each
    /// in-flight request holds a connection.
    /// </summary>
    public int MaxConnectionsPerServer { get; set; } = 256;
}
