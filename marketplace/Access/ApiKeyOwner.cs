namespace DataZones.Marketplace.Access;

/// <summary>
/// Whose key: a consumer (<see cref="Roles.Consumer"/>, <see cref="OwnerId"/> = consumer id) or a staff principal
/// of the operator, a data holder or a reviewer (<see cref="OwnerId"/> names it; for a data holder, the holder id).
/// </summary>
public sealed record ApiKeyOwner(string OwnerId, IReadOnlyList<string> Roles)
{
    public bool IsConsumer => Roles.Contains(Access.Roles.Consumer);
}
