namespace DataZones.Zones.Ocean.Api;

/// <summary>
/// How <c>POST /zones/ocean/ingestions</c> is described in OpenAPI: a <c>header</c> part (the header JSON), then one
/// part per file, each named as the header names it. The handler streams the parts itself; this type only names them.
/// </summary>
public sealed record IngestionUploadForm(string Header);
