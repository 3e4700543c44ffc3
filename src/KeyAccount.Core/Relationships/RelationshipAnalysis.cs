using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Relationships;

/// <summary>The analysis of a relationship map as of a date: coverage, the strongest paths to the decision makers, the findings, the next contacts and who the account depends on.</summary>
/// <param name="AsOf">The date of the analysis.</param>
/// <param name="Decision">The decision analysed; null for every decision (all roles count).</param>
/// <param name="Coverage">The coverage summary.</param>
/// <param name="Paths">The strongest path to each decision maker, by id.</param>
/// <param name="Findings">The findings, by code, then subject.</param>
/// <param name="NextContacts">The proposed next contacts, in the greedy plan's order.</param>
/// <param name="Departures">The people whose departure would cost the account something, most costly first.</param>
/// <param name="Explanation">The analysis in a few sentences.</param>
public sealed record RelationshipAnalysis(
    LocalDate AsOf,
    string? Decision,
    CoverageSummary Coverage,
    IReadOnlyList<InfluencePath> Paths,
    IReadOnlyList<RelationshipFinding> Findings,
    IReadOnlyList<NextContact> NextContacts,
    IReadOnlyList<DepartureImpact> Departures,
    string Explanation);
