namespace DataZones.Zones.Medical.Reference;

/// <summary>A row of the reference table: one person's partition (<see cref="PersonKey"/>), one row key.</summary>
public interface IMedicalRecord
{
    /// <summary>The keyed hash of the person's resident identity number: the partition.</summary>
    string PersonKey { get; }

    string RowKey { get; }
}
