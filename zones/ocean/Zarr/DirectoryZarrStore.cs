using System.Runtime.CompilerServices;

namespace DataZones.Zones.Ocean.Zarr;

/// <summary>
/// A Zarr store on a local file system: one file per key, exactly the layout of zarr-python's DirectoryStore, so a
/// directory written here opens with <c>xarray.open_zarr</c> and the reverse.
/// </summary>
public sealed class DirectoryZarrStore : IZarrStore
{
    private readonly string _root;

    public DirectoryZarrStore(string rootDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootDirectory);
        _root = Path.GetFullPath(rootDirectory);
        Directory.CreateDirectory(_root);
    }

    public string Identity => "file://" + _root.Replace('\\', '/');

    public async Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public async Task SetAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Write beside the target and rename, so a reader never sees half a chunk.
        var temporary = path + "." + Path.GetRandomFileName() + ".partial";
        await File.WriteAllBytesAsync(temporary, value, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    public async IAsyncEnumerable<string> ListAsync(
        string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        var keys = Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
            .Select(KeyOf)
            .Where(key => key.StartsWith(prefix, StringComparison.Ordinal) && !key.EndsWith(".partial", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return key;
        }
    }

    public async Task DeletePrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var keys = new List<string>();
        await foreach (var key in ListAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            keys.Add(key);
        }
        foreach (var key in keys)
        {
            File.Delete(PathOf(key));
        }
    }

    private string PathOf(string key)
    {
        if (key.Length == 0 || key[0] == '/' || key.Contains('\\', StringComparison.Ordinal)
            || key.Split('/').Any(segment => segment is "" or "." or ".."))
        {
            throw new ArgumentException($"'{key}' is not a valid Zarr key.", nameof(key));
        }
        return Path.Combine(_root, key.Replace('/', Path.DirectorySeparatorChar));
    }

    private string KeyOf(string path) =>
        Path.GetRelativePath(_root, path).Replace(Path.DirectorySeparatorChar, '/');
}
