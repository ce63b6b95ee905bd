using DataZones.Zones.Ocean.Zarr;

namespace DataZones.Zones.Ocean.Datasets;

/// <summary>
/// Writes a dataset group time step by time step: coordinates and metadata first, then each parameter's values as
/// they arrive, and the consolidated <c>.zmetadata</c> last. Because readers only open groups that have
/// <c>.zmetadata</c>, a dataset being written, or abandoned on bad input, is never visible half-written.
/// </summary>
public sealed class DatasetWriter
{
    private readonly IZarrStore _store;
    private readonly string _groupPath;
    private readonly DatasetDefinition _definition;
    private readonly ZarrArrayWriter<float>[] _variables;

    private DatasetWriter(IZarrStore store, string groupPath, DatasetDefinition definition, ZarrArrayWriter<float>[] variables)
    {
        _store = store;
        _groupPath = groupPath;
        _definition = definition;
        _variables = variables;
    }

    /// <summary>Time steps written so far (the ingestion's progress, out of <see cref="TimeStepCount"/>).</summary>
    public int TimeStepsWritten { get; private set; }

    public int TimeStepCount => _definition.Times.Count;

    /// <summary>Hides and removes whatever is at <paramref name="groupPath"/>, then writes the group's metadata and coordinates.</summary>
    public static async Task<DatasetWriter> CreateAsync(
        IZarrStore store, string groupPath, DatasetDefinition definition, CancellationToken cancellationToken = default)
    {
        // The consolidated metadata goes first, so that an old dataset disappears before any of its keys change.
        await store.DeletePrefixAsync(ZarrKeys.Combine(groupPath, ZarrKeys.ConsolidatedMetadata), cancellationToken).ConfigureAwait(false);
        await store.DeletePrefixAsync(groupPath + "/", cancellationToken).ConfigureAwait(false);
        await ZarrGroup.CreateAsync(store, groupPath, DatasetMetadata.GroupAttributes(definition), cancellationToken).ConfigureAwait(false);
        await DatasetMetadata.WriteCoordinatesAsync(store, groupPath, definition, cancellationToken).ConfigureAwait(false);
        var variables = new ZarrArrayWriter<float>[definition.Parameters.Count];
        for (var i = 0; i < variables.Length; i++)
        {
            var parameter = definition.Parameters[i];
            variables[i] = await ZarrArrayWriter<float>.CreateAsync(
                store, ZarrKeys.Combine(groupPath, parameter.Name), DatasetMetadata.VariableArray(definition),
                DatasetMetadata.VariableAttributes(definition, parameter), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        return new DatasetWriter(store, groupPath, definition, variables);
    }

    /// <summary>
    /// Appends the next time steps: one buffer per parameter, in the definition's order, each holding whole time
    /// steps in C order ([depth,] latitude, longitude), NaN where there is no value (land).
    /// </summary>
    public async Task AppendAsync(IReadOnlyList<ReadOnlyMemory<float>> valuesPerParameter, CancellationToken cancellationToken = default)
    {
        if (valuesPerParameter.Count != _variables.Length)
        {
            throw new ArgumentException($"Expected values for {_variables.Length} parameters, got {valuesPerParameter.Count}.");
        }
        var steps = valuesPerParameter[0].Length / _definition.ValuesPerTimeStep;
        if (valuesPerParameter.Any(v => v.Length != steps * _definition.ValuesPerTimeStep))
        {
            throw new ArgumentException("Every parameter needs the same whole number of time steps.");
        }
        for (var i = 0; i < _variables.Length; i++)
        {
            await _variables[i].AppendAsync(valuesPerParameter[i], cancellationToken).ConfigureAwait(false);
        }
        TimeStepsWritten += steps;
    }

    /// <summary>Stores the last chunks and publishes the dataset by writing its consolidated metadata.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        foreach (var variable in _variables)
        {
            await variable.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        await ZarrConsolidatedMetadata.ConsolidateAsync(_store, _groupPath, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes everything written so far (after bad input), leaving nothing behind.</summary>
    public Task AbandonAsync(CancellationToken cancellationToken = default) =>
        _store.DeletePrefixAsync(_groupPath + "/", cancellationToken);
}
