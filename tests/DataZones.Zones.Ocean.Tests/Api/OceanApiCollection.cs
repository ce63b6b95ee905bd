namespace DataZones.Zones.Ocean.Tests.Api;

/// <summary>The HTTP tests share one <see cref="OceanApiFixture"/> (one app, datasets published once).</summary>
[CollectionDefinition(Name)]
public sealed class OceanApiCollection : ICollectionFixture<OceanApiFixture>
{
    public const string Name = "ocean-api";
}
