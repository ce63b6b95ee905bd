namespace DataZones.Zones.Ocean.Edr;

/// <summary>
/// The cells of a query's selection withheld from a consumer without the elevated grade because they lie in a
/// restricted area: which ones (C order over the latitude × longitude window), how many, and the areas' names. Answers
/// and exports say so, so a withheld cell never passes for land. Cells outside an area query's polygon are not part
/// of the selection and are not counted.
/// </summary>
public sealed class WithheldCells
{
    /// <summary>Why the cells carry no value, as answers name it.</summary>
    public const string Reason = "restricted-area";

    private WithheldCells(bool[] mask, int count, IReadOnlyList<string> areas)
    {
        Mask = mask;
        Count = count;
        Areas = areas;
    }

    /// <summary>True for each withheld cell of the window.</summary>
    public IReadOnlyList<bool> Mask { get; }

    /// <summary>How many cells of the selection are withheld (per time step).</summary>
    public int Count { get; }

    /// <summary>The restricted areas the withheld cells lie in, in the dataset's order.</summary>
    public IReadOnlyList<string> Areas { get; }

    /// <summary>
    /// The withheld cells among every <paramref name="latitudeStride"/>-th row and <paramref name="longitudeStride"/>-th
    /// column of the window (a griddap stride), or null when none of those is withheld.
    /// </summary>
    public WithheldCells? Thinned(int latitudes, int longitudes, int latitudeStride, int longitudeStride)
    {
        var mask = new List<bool>();
        for (var y = 0; y < latitudes; y += latitudeStride)
        {
            for (var x = 0; x < longitudes; x += longitudeStride) mask.Add(Mask[y * longitudes + x]);
        }
        var count = mask.Count(m => m);
        return count == 0 ? null : new WithheldCells([.. mask], count, Areas);
    }

    /// <summary>The cells <paramref name="plan"/> must withhold, or null when none (elevated grade, or no restricted area in the selection).</summary>
    public static WithheldCells? For(QueryPlan plan, bool elevatedGrade)
    {
        if (elevatedGrade)
        {
            return null;
        }
        bool[]? mask = null;
        var areas = new List<string>();
        foreach (var area in plan.Dataset.RestrictedAreas)
        {
            var inside = CellMasks.Inside(area.Polygon, plan.Dataset.Latitude, plan.Latitude, plan.Dataset.Longitude, plan.Longitude);
            var touched = false;
            for (var i = 0; i < inside.Length; i++)
            {
                if (inside[i] && (plan.AreaMask is not { } selected || selected[i]))
                {
                    mask ??= new bool[inside.Length];
                    mask[i] = true;
                    touched = true;
                }
            }
            if (touched)
            {
                areas.Add(area.Name);
            }
        }
        return mask is null ? null : new WithheldCells(mask, mask.Count(m => m), areas);
    }
}
