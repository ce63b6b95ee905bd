namespace DataZones.Zones.Ocean.Queries;

/// <summary>How a query request ended.</summary>
public enum QueryOutcomeStatus
{
    Answered,
    CollectionNotFound,
    UnknownFormat,
    Invalid,
    TooManyValues,
}
