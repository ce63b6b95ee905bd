namespace DataZones.Zones.Medical.Research;

/// <summary>A research cohort: persons with a diagnosis category recorded in whole calendar years, optionally only those also prescribed a drug class.</summary>
/// <param name="DiagnosisCategory">An ICD-10 category, e.g. <c>E11</c> (type 2 diabetes); any diagnosis of a visit counts.</param>
/// <param name="DrugClass">Optional: an ATC therapeutic subgroup, e.g. <c>A10</c> (drugs used in diabetes), prescribed in the same years.</param>
/// <param name="FromYear">The first calendar year (business calendar, UTC+08:00).</param>
/// <param name="ToYear">The last calendar year; at most five years in all, within the last ten.</param>
public sealed record CohortRequest(string? DiagnosisCategory, string? DrugClass, int? FromYear, int? ToYear);
