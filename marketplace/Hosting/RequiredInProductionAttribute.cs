namespace DataZones.Marketplace.Hosting;

/// <summary>
/// Marks a setting of an options class (one with a <c>SectionName</c> constant) that a deployment outside
/// Development must set: the app refuses to start without it (each option's owner checks it at start-up with a
/// message naming it). The deployment templates are checked against these marks
/// (<c>tests/DataZones.Infra.Tests</c>), so a new required setting is declared here once and the check fails until
/// <c>infra/bicep</c> sets it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RequiredInProductionAttribute : Attribute
{
    /// <summary>A secret: in Azure it comes from Key Vault through an app setting reference, never as a value.</summary>
    public bool Secret { get; init; }

    /// <summary>The name of a property of the same options class that, when set instead, makes this one unnecessary.</summary>
    public string? Unless { get; init; }
}
