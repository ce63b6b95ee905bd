using DataZones.Marketplace.Persistence;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Disclosure;

/// <summary>
/// What every statistical answer goes through before it leaves: cells with too few contributors withheld,
/// complementary cells withheld so that no margin gives them away, counts rounded, and then the overlap audit —
/// every published cell compared with the cells of the same coordinates that any earlier answer of the scope
/// published (whoever asked): when the two differ by at least one and fewer than the minimum contributors, the
/// answer is refused, because subtracting one from the other would count that small group. Checks of one scope
/// run one at a time (a lease), so two concurrent answers cannot both slip past each other.
/// </summary>
public sealed class DisclosureControl(PublishedCellStore store, IOptions<DisclosureOptions> options, TimeProvider time)
{
    public int MinimumContributors => options.Value.MinimumContributors;

    public int RoundingBase => options.Value.RoundingBase;

    /// <param name="scope">The population the answers count (e.g. the product): key-safe, letters, digits, dots and dashes.</param>
    /// <param name="table">The cells and their additive relations.</param>
    /// <param name="cancellationToken">Cancels the audit.</param>
    public async Task<DisclosureOutcome> PublishAsync(string scope, StatisticalTable table, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!Keys.IsSafe(scope) || scope.Contains('|', StringComparison.Ordinal)) throw new ArgumentException("The scope must be key-safe.", nameof(scope));
        var rules = options.Value;
        var status = CellSuppression.Apply(table.Cells.Select(c => c.Count).ToList(), table.Relations, rules.MinimumContributors);
        var published = table.Cells.Where((_, i) => status[i] == CellStatus.Published).ToList();

        var lease = await store.LockAsync(scope, rules.AuditWaitMaximum, cancellationToken);
        try
        {
            foreach (var cell in published)
            {
                var earlier = await store.FindAsync(scope, cell.Coordinates, cell.Count - rules.MinimumContributors + 1, cell.Count + rules.MinimumContributors - 1, cancellationToken);
                if (earlier.Any(e => IsTooClose(ContributorKeys.SymmetricDifference(e, cell.Contributors), rules.MinimumContributors)))
                {
                    return DisclosureOutcome.Refused;
                }
            }

            var answerId = $"{time.GetUtcNow().UtcTicks:D19}-{Guid.NewGuid():N}";
            await store.RecordAsync(scope, answerId, published, cancellationToken);
        }
        finally
        {
            await lease.ReleaseAsync(cancellationToken: CancellationToken.None);
        }

        return new DisclosureOutcome(
            table.Cells.Select((c, i) => new ControlledCell(c.Coordinates, status[i], status[i] == CellStatus.Published ? CountRounding.Round(c.Count, rules.RoundingBase) : null)).ToList(),
            TooCloseToEarlierAnswer: false);
    }

    // The same group (0) says nothing new; a difference of the minimum or more is itself a publishable group.
    private static bool IsTooClose(int difference, int minimum) => difference > 0 && difference < minimum;
}
