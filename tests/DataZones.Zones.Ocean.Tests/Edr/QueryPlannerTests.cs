using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Edr;

namespace DataZones.Zones.Ocean.Tests.Edr;

public sealed class QueryPlannerTests
{
    private static readonly DatasetDescriptor Dataset = TestDataset.Descriptor();

    private static EdrParseResult<QueryPlan> Plan(EdrQueryKind kind, EdrQueryParameters raw, DatasetDescriptor? dataset = null)
    {
        var query = EdrQueryParser.Parse(kind, raw, dataset ?? Dataset);
        Assert.True(query.IsValid, string.Join("; ", query.Problems.Select(p => p.Detail)));
        return QueryPlanner.Plan(dataset ?? Dataset, query.Value);
    }

    [Fact]
    public void Plan_Position_SelectsTheNearestCellAndEveryDay()
    {
        var plan = Plan(EdrQueryKind.Position, new(Coords: "POINT(120.6 35.3)")).Value;

        Assert.Equal(new IndexRange(0, 10), plan.Time);
        Assert.Equal(new IndexRange(1, 1), plan.Latitude);
        Assert.Equal(new IndexRange(2, 1), plan.Longitude);
        Assert.Equal(20, plan.ValuesRead); // 10 days x 1 cell x 2 parameters
    }

    [Fact]
    public void Plan_CubeWithInstant_CountsValuesBeforeReading()
    {
        var plan = Plan(EdrQueryKind.Cube, new(Bbox: "120.2,35.2,121,35.8", Datetime: "2025-01-03T00:00:00Z", ParameterName: "sea_surface_temperature")).Value;

        Assert.Equal(new IndexRange(2, 1), plan.Time);
        Assert.Equal(new IndexRange(1, 3), plan.Latitude);
        Assert.Equal(new IndexRange(1, 4), plan.Longitude);
        Assert.Equal(12, plan.ValuesRead);
        Assert.Null(plan.AreaMask);
    }

    [Fact]
    public void Plan_CubePartlyOutside_IsClippedToTheGrid()
    {
        var plan = Plan(EdrQueryKind.Cube, new(Bbox: "100,0,120.3,35.1")).Value;

        Assert.Equal(new IndexRange(0, 1), plan.Latitude);
        Assert.Equal(new IndexRange(0, 2), plan.Longitude);
    }

    [Fact]
    public void Plan_Area_MasksCellsByCentreWithTheBoundaryInside()
    {
        // A triangle whose hypotenuse passes exactly through the centre (120.25, 35.25).
        var plan = Plan(EdrQueryKind.Area, new(Coords: "POLYGON((120 35, 120.5 35, 120 35.5, 120 35))")).Value;

        Assert.Equal(new IndexRange(0, 3), plan.Latitude);
        Assert.Equal(new IndexRange(0, 3), plan.Longitude);
        Assert.Equal([true, true, true, true, true, false, true, false, false], plan.AreaMask);
    }

    [Theory]
    [InlineData(EdrQueryKind.Position, "POINT(125 35)", null, EdrProblemCodes.OutsideExtent)]
    [InlineData(EdrQueryKind.Cube, null, "125,35,126,36", EdrProblemCodes.OutsideExtent)]
    [InlineData(EdrQueryKind.Cube, null, "120.3,35.3,120.4,35.4", EdrProblemCodes.EmptySelection)]
    [InlineData(EdrQueryKind.Area, "POLYGON((120.3 35.3, 120.4 35.3, 120.4 35.4, 120.3 35.3))", null, EdrProblemCodes.EmptySelection)]
    public void Plan_NothingSelected_IsAProblem(EdrQueryKind kind, string? coords, string? bbox, string code)
    {
        Assert.Equal(code, Assert.Single(Plan(kind, new(Coords: coords, Bbox: bbox)).Problems).Code);
    }

    [Fact]
    public void Plan_DatetimeOutsideTheDataset_IsOutsideExtent()
    {
        var problem = Assert.Single(Plan(EdrQueryKind.Position, new(Coords: "POINT(120 35)", Datetime: "2024-06-01/2024-06-30")).Problems);

        Assert.Equal(EdrProblemCodes.OutsideExtent, problem.Code);
        Assert.Equal("datetime", problem.Parameter);
    }

    [Fact]
    public void Plan_ZOnAProfileDataset_SelectsTheNearestLevel()
    {
        var plan = Plan(EdrQueryKind.Position, new(Coords: "POINT(120 35)", Z: "12"), TestDataset.Descriptor([0, 10, 20])).Value;

        Assert.Equal(1, plan.DepthIndex);
        Assert.Equal([0, 1, 0, 0], plan.Selection(4).Start);
    }

    [Fact]
    public void Limits_OverTheMaximum_Reports413WithTheCount()
    {
        var plan = Plan(EdrQueryKind.Cube, new(Bbox: "119,34,122,37")).Value;

        var problem = new OceanQueryLimits(ValuesPerRequestMax: 500).Check(plan);

        Assert.Equal(600, plan.ValuesRead);
        Assert.Equal(EdrProblemCodes.TooManyValues, problem!.Code);
        Assert.Contains("600 values", problem.Detail, StringComparison.Ordinal);
        Assert.Null(new OceanQueryLimits(ValuesPerRequestMax: 600).Check(plan));
    }

    [Fact]
    public void WithheldCells_CellCentresOnTheEdgeAreWithheld()
    {
        // The square spans longitude 120.9-121.3 and latitude 35.4-35.6: centres (121.0|121.25, 35.5) are inside.
        // A polygon edge through a centre: move the square's west edge onto 121.0 and that centre is still withheld.
        var onEdge = TestDataset.Descriptor() with
        {
            RestrictedAreas = [new RestrictedArea("edge", new Geometry.GeoPolygon([[new(121.0, 35.5), new(121.3, 35.5), new(121.3, 35.6), new(121.0, 35.6), new(121.0, 35.5)]]))],
        };
        var whole = Plan(EdrQueryKind.Cube, new(Bbox: "119,34,122,37")).Value;

        var withheld = WithheldCells.For(whole with { Latitude = new IndexRange(0, 5), Longitude = new IndexRange(0, 6) }, elevatedGrade: false)!;
        var onEdgePlan = Plan(EdrQueryKind.Cube, new(Bbox: "119,34,122,37"), onEdge).Value;
        var edge = WithheldCells.For(onEdgePlan with { Latitude = new IndexRange(2, 1), Longitude = new IndexRange(3, 3) }, elevatedGrade: false)!;

        Assert.Equal([2 * 6 + 4, 2 * 6 + 5], Enumerable.Range(0, 30).Where(i => withheld.Mask[i]));
        Assert.Equal(2, withheld.Count);
        Assert.Equal(["Test restricted square"], withheld.Areas);
        Assert.Equal([false, true, true], edge.Mask);
        Assert.Null(WithheldCells.For(whole with { Latitude = new IndexRange(0, 2), Longitude = new IndexRange(0, 6) }, elevatedGrade: false));
        Assert.Null(WithheldCells.For(whole, elevatedGrade: true));
    }

    [Fact]
    public void WithheldCells_OutsideAnAreaQuerysPolygon_AreNotPartOfTheSelection_NorCounted()
    {
        // A triangle whose window spans the whole grid but whose hypotenuse passes west of the restricted cells
        // (at latitude 35.5 it is at longitude 120.65).
        var plan = Plan(EdrQueryKind.Area, new(Coords: "POLYGON((120 35, 121.3 35, 120 36, 120 35))")).Value;
        var wide = Plan(EdrQueryKind.Area, new(Coords: "POLYGON((119.9 34.9, 121.4 34.9, 121.4 36.1, 119.9 36.1, 119.9 34.9))")).Value;

        Assert.Equal((5, 6), (plan.Latitude.Count, plan.Longitude.Count));
        Assert.Null(WithheldCells.For(plan, elevatedGrade: false));
        Assert.Equal(2, WithheldCells.For(plan with { AreaMask = null }, elevatedGrade: false)!.Count);
        Assert.Equal(2, WithheldCells.For(wide, elevatedGrade: false)!.Count);
    }
}
