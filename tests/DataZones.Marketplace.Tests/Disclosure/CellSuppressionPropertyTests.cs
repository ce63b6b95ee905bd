using DataZones.Marketplace.Disclosure;
using DataZones.Marketplace.Tests.Settlement;
using FsCheck;
using FsCheck.Fluent;

namespace DataZones.Marketplace.Tests.Disclosure;

/// <summary>Invariants of suppression over random two-way tables with all their margins.</summary>
public sealed class CellSuppressionPropertyTests
{
    private const int Minimum = 10;

    // rows × columns inner cells, then one total per row, one per column and the grand total; each relation is a
    // total and the cells it sums.
    private static readonly Gen<(int[] Counts, List<IReadOnlyList<int>> Relations)> Tables =
        from rows in Gen.Choose(1, 6)
        from columns in Gen.Choose(1, 6)
        from inner in Gen.Choose(0, 40).ArrayOf(rows * columns)
        select Table(rows, columns, inner);

    [Fact]
    public void EveryNonEmptyCellBelowTheMinimum_IsWithheld_AndEveryPublishedCellIsEmptyOrReachesIt() =>
        PropertyRun.ForAll(Tables, t =>
        {
            var status = CellSuppression.Apply(t.Counts, t.Relations, Minimum);
            for (var i = 0; i < t.Counts.Length; i++)
            {
                Assert.Equal(t.Counts[i] is > 0 and < Minimum, status[i] == CellStatus.TooFewContributors);
                if (status[i] == CellStatus.Published) Assert.True(t.Counts[i] is 0 or >= Minimum);
            }
        });

    [Fact]
    public void NoRelation_HoldsExactlyOneWithheldCell() =>
        PropertyRun.ForAll(Tables, t =>
        {
            var status = CellSuppression.Apply(t.Counts, t.Relations, Minimum);
            foreach (var relation in t.Relations)
            {
                Assert.NotEqual(1, relation.Count(i => status[i] != CellStatus.Published));
            }
        });

    [Fact]
    public void TheSameTable_IsSuppressedTheSameWay() =>
        PropertyRun.ForAll(Tables, t => Assert.Equal(CellSuppression.Apply(t.Counts, t.Relations, Minimum), CellSuppression.Apply(t.Counts, t.Relations, Minimum)));

    [Fact]
    public void RoundedCounts_AreMultiplesOfTheBase_WithinHalfOfIt() =>
        PropertyRun.ForAll(Gen.Choose(0, 100_000), count =>
        {
            var rounded = CountRounding.Round(count, 5);
            Assert.Equal(0, rounded % 5);
            Assert.InRange(rounded - count, -2, 2);
        });

    [Fact]
    public void SymmetricDifference_MatchesSets() =>
        PropertyRun.ForAll(
            from left in Gen.Choose(0, 60).ArrayOf()
            from right in Gen.Choose(0, 60).ArrayOf()
            select (left, right),
            p =>
            {
                var expected = p.left.ToHashSet();
                expected.SymmetricExceptWith(p.right);
                var left = ContributorKeys.Of(p.left.Select(n => "person-" + n));
                var right = ContributorKeys.Of(p.right.Select(n => "person-" + n));
                Assert.Equal(expected.Count, ContributorKeys.SymmetricDifference(left, right));
            });

    [Fact]
    public void AOneCellMargin_IsProtectedByItsNeighbour()
    {
        // Row: 3 + 25 + 40 = 68. Withholding the 3 alone would leave it as 68 − 25 − 40; the 25 goes too.
        var status = CellSuppression.Apply([3, 25, 40, 68], [[0, 1, 2, 3]], Minimum);
        Assert.Equal([CellStatus.TooFewContributors, CellStatus.ProtectsAnother, CellStatus.Published, CellStatus.Published], status);
    }

    [Fact]
    public void AnEmptyCell_IsPublished_AndANonEmptyNeighbourProtectsASmallOne()
    {
        // Row: 0 + 4 + 30 + 12 = 46. The 4 is withheld; the 12, not the empty cell, protects it.
        var status = CellSuppression.Apply([0, 4, 30, 12, 46], [[0, 1, 2, 3, 4]], Minimum);
        Assert.Equal([CellStatus.Published, CellStatus.TooFewContributors, CellStatus.Published, CellStatus.ProtectsAnother, CellStatus.Published], status);
    }

    private static (int[] Counts, List<IReadOnlyList<int>> Relations) Table(int rows, int columns, int[] inner)
    {
        int Cell(int r, int c) => r * columns + c;
        var counts = new List<int>(inner);
        var relations = new List<IReadOnlyList<int>>();
        for (var r = 0; r < rows; r++)
        {
            var cells = Enumerable.Range(0, columns).Select(c => Cell(r, c)).ToList();
            counts.Add(cells.Sum(i => inner[i]));
            relations.Add([.. cells, counts.Count - 1]);
        }

        var rowTotals = Enumerable.Range(rows * columns, rows).ToList();
        for (var c = 0; c < columns; c++)
        {
            var cells = Enumerable.Range(0, rows).Select(r => Cell(r, c)).ToList();
            counts.Add(cells.Sum(i => inner[i]));
            relations.Add([.. cells, counts.Count - 1]);
        }

        var columnTotals = Enumerable.Range(rows * columns + rows, columns).ToList();
        counts.Add(inner.Sum());
        relations.Add([.. rowTotals, counts.Count - 1]);
        relations.Add([.. columnTotals, counts.Count - 1]);
        return ([.. counts], relations);
    }
}
