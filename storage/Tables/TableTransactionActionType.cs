namespace DataZones.Storage.Tables;

/// <summary>What one action of an entity-group transaction does.</summary>
public enum TableTransactionActionType
{
    /// <summary>Insert; fails the transaction if the entity exists.</summary>
    Add,

    /// <summary>Delete; the action's ETag is the precondition (default: any).</summary>
    Delete,

    /// <summary>Merge into an existing entity; the action's ETag is the precondition (default: any).</summary>
    UpdateMerge,

    /// <summary>Replace an existing entity; the action's ETag is the precondition (default: any).</summary>
    UpdateReplace,

    /// <summary>Insert or merge.</summary>
    UpsertMerge,

    /// <summary>Insert or replace.</summary>
    UpsertReplace,
}
