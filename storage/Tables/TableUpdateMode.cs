namespace DataZones.Storage.Tables;

/// <summary>How an update or upsert treats properties the stored entity has and the new one lacks.</summary>
public enum TableUpdateMode
{
    /// <summary>Keep them: only the given properties are written.</summary>
    Merge,

    /// <summary>Drop them: the stored entity becomes exactly the given one.</summary>
    Replace,
}
