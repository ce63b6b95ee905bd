using DataZones.Marketplace.Problems;

namespace DataZones.Marketplace.Disclosure;

/// <summary>Problem types of statistical answers, listed by <c>GET /problems</c>.</summary>
public static class DisclosureProblemTypes
{
    public static readonly ProblemType TooCloseToEarlierAnswer = new("too-close-to-earlier-answer",
        "The answer would differ from one already published by fewer contributors than a cell may hold; together they "
        + "would reveal a withheld group. Ask for a broader population.", 422);
}
