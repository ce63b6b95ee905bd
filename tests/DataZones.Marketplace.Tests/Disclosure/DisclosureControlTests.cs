using Azure.Data.Tables;
using Azure.Storage.Blobs;
using DataZones.Marketplace.Disclosure;
using DataZones.Marketplace.Persistence;
using DataZones.Testing;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Tests.Disclosure;

/// <summary>The overlap audit against Azurite: what a second answer may and may not publish after a first.</summary>
public sealed class DisclosureControlTests
{
    private readonly DisclosureControl control;

    public DisclosureControlTests()
    {
        var persistence = Options.Create(new PersistenceOptions { TablePrefix = TestStorage.UniqueName("dc") });
        var store = new PublishedCellStore(
            new PlatformTables(new TableServiceClient(TestStorage.ConnectionString), persistence),
            new BlobServiceClient(TestStorage.ConnectionString), persistence);
        control = new DisclosureControl(store, Options.Create(new DisclosureOptions()), TimeProvider.System);
    }

    [Fact]
    public async Task TheSameQuery_AskedAgain_GetsTheSameAnswer()
    {
        var first = await control.PublishAsync("test.scope", OneCell(Persons(0, 40)), CancellationToken.None);
        var again = await control.PublishAsync("test.scope", OneCell(Persons(0, 40)), CancellationToken.None);
        Assert.Equal(first.Cells, again.Cells);
        Assert.Equal(40, again.Cells![0].RoundedCount);
    }

    [Theory]
    [InlineData(1, 0)] // one person more: the pair would give that person away
    [InlineData(0, 1)] // one person fewer
    [InlineData(9, 0)] // nine more: still a group below the minimum
    [InlineData(5, 4)] // the same count, nine persons swapped in and out
    public async Task AnAnswerDifferingByFewerThanTheMinimum_IsRefused(int added, int removed)
    {
        Assert.False((await control.PublishAsync("test.scope", OneCell(Persons(0, 40)), CancellationToken.None)).TooCloseToEarlierAnswer);
        var close = Persons(removed, 40 + added);
        Assert.True((await control.PublishAsync("test.scope", OneCell(close), CancellationToken.None)).TooCloseToEarlierAnswer);
    }

    [Fact]
    public async Task AnAnswerDifferingByTheMinimumOrMore_IsPublished()
    {
        await control.PublishAsync("test.scope", OneCell(Persons(0, 40)), CancellationToken.None);
        var broader = await control.PublishAsync("test.scope", OneCell(Persons(0, 50)), CancellationToken.None);
        Assert.False(broader.TooCloseToEarlierAnswer);
        Assert.Equal(50, broader.Cells![0].RoundedCount);
    }

    [Fact]
    public async Task OtherCoordinatesAndOtherScopes_AreNotCompared()
    {
        await control.PublishAsync("test.scope", OneCell(Persons(0, 40), "sex=F"), CancellationToken.None);
        Assert.False((await control.PublishAsync("test.scope", OneCell(Persons(0, 41), "sex=M"), CancellationToken.None)).TooCloseToEarlierAnswer);
        Assert.False((await control.PublishAsync("other.scope", OneCell(Persons(0, 41), "sex=F"), CancellationToken.None)).TooCloseToEarlierAnswer);
    }

    [Fact]
    public async Task WithheldCells_AreNotRecorded_SoTheyCannotBlockOrBeCompared()
    {
        // Seven persons: withheld, and so no reference for a later answer of eight.
        var small = await control.PublishAsync("test.scope", OneCell(Persons(0, 7)), CancellationToken.None);
        Assert.Equal(CellStatus.TooFewContributors, small.Cells![0].Status);
        Assert.Null(small.Cells[0].RoundedCount);
        Assert.False((await control.PublishAsync("test.scope", OneCell(Persons(0, 12)), CancellationToken.None)).TooCloseToEarlierAnswer);
    }

    [Fact]
    public async Task TwoCloseAnswersAtOnce_OnlyOneIsPublished()
    {
        var answers = await Task.WhenAll(
            control.PublishAsync("test.race", OneCell(Persons(0, 40)), CancellationToken.None),
            control.PublishAsync("test.race", OneCell(Persons(0, 41)), CancellationToken.None));
        Assert.Single(answers, a => !a.TooCloseToEarlierAnswer);
    }

    private static StatisticalTable OneCell(IEnumerable<string> persons, string coordinates = "sex=F") =>
        new([new StatisticalCell(coordinates, persons)], []);

    private static IEnumerable<string> Persons(int from, int to) => Enumerable.Range(from, to - from).Select(n => $"person-{n}");
}
