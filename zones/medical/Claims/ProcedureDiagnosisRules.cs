namespace DataZones.Zones.Medical.Claims;

/// <summary>
/// Which diagnoses a procedure is done for, for the procedures where a mismatch is a known fraud pattern (an
/// appendectomy billed for a cold): ICD-9-CM-3 code prefix → the ICD-10 category ranges that justify it. A procedure
/// not listed is never flagged.
/// </summary>
public static class ProcedureDiagnosisRules
{
    private static readonly (string Prefix, (string From, string To)[] Categories)[] Rules =
    [
        ("47.0", [("K35", "K38")]),                          // appendectomy: appendicitis
        ("51.2", [("K80", "K83")]),                          // cholecystectomy: gallstones, gallbladder disease
        ("81.5", [("M15", "M19"), ("M87", "M87"), ("S72", "S73")]), // hip/knee replacement: arthrosis, necrosis, fracture
        ("36.0", [("I20", "I25")]),                          // coronary angioplasty/stent: ischaemic heart disease
        ("74.", [("O00", "O99")]),                           // caesarean section: pregnancy
        ("68.4", [("C53", "C55"), ("D25", "D26"), ("N80", "N85")]), // hysterectomy
    ];

    /// <summary>The listed procedures of <paramref name="procedures"/> that none of <paramref name="diagnosisCategories"/> justifies.</summary>
    public static IEnumerable<string> Unjustified(IEnumerable<string> procedures, IReadOnlyCollection<string> diagnosisCategories) =>
        procedures.Where(p => Rules.FirstOrDefault(r => p.StartsWith(r.Prefix, StringComparison.Ordinal)) is { Categories: { } ranges }
            && !diagnosisCategories.Any(c => ranges.Any(r => string.CompareOrdinal(c, r.From) >= 0 && string.CompareOrdinal(c, r.To) <= 0)));
}
