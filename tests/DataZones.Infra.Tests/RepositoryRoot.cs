namespace DataZones.Infra.Tests;

/// <summary>The checkout the tests were built from (the folder holding DataZones.sln above the test output).</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Bicep => System.IO.Path.Combine(Path, "infra", "bicep");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "DataZones.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No DataZones.sln above {AppContext.BaseDirectory}.");
    }
}
