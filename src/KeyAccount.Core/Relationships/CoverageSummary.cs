using System.Collections.Generic;

namespace KeyAccount.Core.Relationships;

/// <summary>The coverage of the account as of a date, to track over time: per kind of person, the threads, and the decision makers reached.</summary>
/// <param name="Kinds">The coverage of each of the six kinds, in the order of <see cref="StakeholderKind"/>.</param>
/// <param name="StrongRelationships">How many relationships are strong on the date.</param>
/// <param name="TheirThreads">The multi-threading figure on their side: how many different client people hold a strong relationship with us.</param>
/// <param name="OurThreads">The multi-threading figure on our side: how many of our people hold a strong relationship.</param>
/// <param name="DecisionMakers">How many decision makers the analysis covers.</param>
/// <param name="DecisionMakersStrong">How many of them are reached by a strong path.</param>
/// <param name="DecisionMakersReached">How many are reached by a path of known strength (strong or weak).</param>
/// <param name="DecisionMakersUnknown">How many are reached only through unassessed links.</param>
/// <param name="Explanation">The summary in words.</param>
public sealed record CoverageSummary(
    IReadOnlyList<KindCoverage> Kinds,
    int StrongRelationships,
    int TheirThreads,
    int OurThreads,
    int DecisionMakers,
    int DecisionMakersStrong,
    int DecisionMakersReached,
    int DecisionMakersUnknown,
    string Explanation);
