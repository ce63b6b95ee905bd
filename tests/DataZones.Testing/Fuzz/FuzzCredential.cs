namespace DataZones.Testing.Fuzz;

/// <summary>Who a fuzz request is sent as: a named role and its API key, or nobody (<see cref="None"/>).</summary>
public sealed record FuzzCredential(string Name, string? ApiKey)
{
    public static FuzzCredential None { get; } = new("no credential", null);
}
