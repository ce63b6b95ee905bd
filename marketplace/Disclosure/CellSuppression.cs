namespace DataZones.Marketplace.Disclosure;

/// <summary>
/// Primary and complementary suppression over a table whose cells are tied by additive relations (a total and the
/// cells it sums, every margin of the table). A cell with at least one and fewer than the minimum contributors is
/// withheld; then, while any relation holds exactly one withheld cell — which its published neighbours would give
/// away by subtraction — its smallest non-empty published cell is withheld too (an empty one only if nothing else is
/// left: a withheld zero next to a small cell would narrow the small cell to the total). Suppression only grows, so this ends; afterwards
/// every relation holds none or at least two withheld cells, and published counts are rounded besides, so a
/// withheld cell is never derivable exactly.
/// </summary>
public static class CellSuppression
{
    /// <param name="counts">Each cell's distinct-contributor count.</param>
    /// <param name="relations">Each relation as the indexes of its cells (the total included).</param>
    /// <param name="minimumContributors">The publication threshold.</param>
    public static CellStatus[] Apply(IReadOnlyList<int> counts, IReadOnlyList<IReadOnlyList<int>> relations, int minimumContributors)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(relations);
        var status = counts.Select(c => c > 0 && c < minimumContributors ? CellStatus.TooFewContributors : CellStatus.Published).ToArray();
        bool changed;
        do
        {
            changed = false;
            foreach (var relation in relations)
            {
                if (relation.Count(i => status[i] != CellStatus.Published) != 1) continue;
                var published = relation.Where(i => status[i] == CellStatus.Published).ToList();
                if (published.Count == 0) continue;

                // The smallest published cell loses the least information; ties go to the first, so the choice is
                // the same every time the same table is asked for.
                var protector = published.OrderBy(i => counts[i] == 0).ThenBy(i => counts[i]).ThenBy(i => i).First();
                status[protector] = CellStatus.ProtectsAnother;
                changed = true;
            }
        }
        while (changed);

        return status;
    }
}
