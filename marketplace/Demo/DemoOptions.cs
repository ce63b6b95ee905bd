namespace DataZones.Marketplace.Demo;

/// <summary>Configuration section <c>Demo</c> (Development only).</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Whether to load demo data at start-up. Ignored outside Development.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where the demo credentials are written (git-ignored <c>.data/demo-credentials.json</c> under scripts/run).</summary>
    public string? CredentialsFile { get; set; }
}
