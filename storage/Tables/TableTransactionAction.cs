using Azure;

namespace DataZones.Storage.Tables;

/// <summary>One action of an entity-group transaction (<see cref="TableClient.SubmitTransactionAsync"/>).</summary>
/// <param name="actionType">What to do.</param>
/// <param name="entity">The entity; for <see cref="TableTransactionActionType.Delete"/> only its keys matter.</param>
/// <param name="etag">
/// For Delete and Update actions, the ETag the stored entity must have; <c>default</c> means any (<c>*</c>).
/// Ignored by Add and Upsert.
/// </param>
public sealed class TableTransactionAction(TableTransactionActionType actionType, TableEntity entity, ETag etag = default)
{
    public TableTransactionActionType ActionType { get; } = actionType;

    public TableEntity Entity { get; } = entity ?? throw new ArgumentNullException(nameof(entity));

    public ETag ETag { get; } = etag;
}
