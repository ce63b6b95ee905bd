namespace DataZones.Marketplace.Ids;

/// <summary>Makes unique ids. Injected so that tests can make them predictable.</summary>
public interface IIdGenerator
{
    /// <summary>A new id: 26 characters of Crockford base32, sortable by creation time to the millisecond.</summary>
    string NewId();
}
