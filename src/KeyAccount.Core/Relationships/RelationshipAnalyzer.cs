using System;
using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Relationships;

/// <summary>
/// The relationship analysis of a map as of a date: coverage and risks with explained findings,
/// the strongest influence path to every decision maker, the next contacts to make, and what the
/// account would lose if one person left.
/// </summary>
/// <remarks>
/// <para>
/// Paths run from any of our people through one relationship into the client's company and then
/// along influence links (who influences whom) to a decision maker. A path's strength is the
/// product of its links' strengths (a relationship's weight on <see cref="StrengthScale"/>, decayed
/// when <see cref="RelationshipSettings.DecayHalfLifeDays"/> is set; an influence link's
/// strength). The strongest path is found exactly, for all decision makers in one run of
/// Dijkstra's algorithm on the costs −log(strength). Links never assessed carry no known
/// strength: a decision maker reached only through them is <see cref="PathVerdict.Unknown"/>,
/// never weak.
/// </para>
/// <para>
/// Roles count for the decision analysed (account-wide roles and that decision's), or, without a
/// decision, every role. People who had not joined or had left by the date are not part of the
/// map. Results do not depend on the order of the document's lists: people are taken in id order
/// and ties are broken by id.
/// </para>
/// </remarks>
public static class RelationshipAnalyzer
{
    /// <summary>
    /// Validates the map (and the settings) and, when no error stands in the way, analyses it.
    /// Never throws for a defect of the map or the settings.
    /// </summary>
    /// <param name="map">The map.</param>
    /// <param name="settings">The policy; null for <see cref="RelationshipSettings.Default"/>. Its diagnostics are reported under <c>settings</c>.</param>
    /// <param name="asOf">The date of the analysis.</param>
    /// <param name="decision">The id of the decision to analyse; null for every decision. An id the map does not list is reported (<c>KAR004</c>, path <c>decision</c>).</param>
    /// <returns>The diagnostics and the analysis (null when an error withholds it).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
    public static DocumentRun<RelationshipAnalysis> Run(RelationshipMap map, RelationshipSettings? settings, LocalDate asOf, string? decision = null)
    {
        Require.NotNull(map, nameof(map));
        settings ??= RelationshipSettings.Default;
        var bag = new DiagnosticBag();
        bag.AddRange(RelationshipMapValidator.Validate(map, asOf));
        bag.AddRange(settings.Validate(), "settings");
        if (decision is not null && !HasDecision(map, decision))
        {
            bag.Add(RelationshipsDiagnosticCodes.Get(RelationshipsDiagnosticCodes.UnknownDecision), "decision", "The decision {0} asked for is not among the map's decisions.", Wording.Quote(decision));
        }

        var result = bag.HasErrors ? null : new MapAnalysisRun(new MapGraph(map, asOf, settings, decision?.Trim())).Analysis();
        return new DocumentRun<RelationshipAnalysis>(bag.ToSortedList(), result);
    }

    /// <summary>Analyses a valid map: coverage, paths, findings, next contacts and departures.</summary>
    /// <param name="map">A map without errors as of <paramref name="asOf"/>.</param>
    /// <param name="asOf">The date of the analysis.</param>
    /// <param name="settings">The policy; null for the defaults.</param>
    /// <param name="decision">The decision to analyse; null for every decision.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
    /// <exception cref="ArgumentException">The map or the settings have errors (listed), or the decision is not in the map.</exception>
    public static RelationshipAnalysis Analyze(RelationshipMap map, LocalDate asOf, RelationshipSettings? settings = null, string? decision = null) =>
        new MapAnalysisRun(Graph(map, asOf, settings, decision)).Analysis();

    /// <summary>The strongest path to each decision maker of a valid map, by decision maker id: the part of <see cref="Analyze"/> that searches paths.</summary>
    /// <param name="map">A map without errors as of <paramref name="asOf"/>.</param>
    /// <param name="asOf">The date of the analysis.</param>
    /// <param name="settings">The policy; null for the defaults.</param>
    /// <param name="decision">The decision to analyse; null for every decision.</param>
    /// <returns>The paths.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
    /// <exception cref="ArgumentException">The map or the settings have errors (listed), or the decision is not in the map.</exception>
    public static IReadOnlyList<InfluencePath> StrongestPaths(RelationshipMap map, LocalDate asOf, RelationshipSettings? settings = null, string? decision = null) =>
        new MapAnalysisRun(Graph(map, asOf, settings, decision)).Paths;

    private static MapGraph Graph(RelationshipMap map, LocalDate asOf, RelationshipSettings? settings, string? decision)
    {
        Require.NotNull(map, nameof(map));
        settings ??= RelationshipSettings.Default;
        Require.Valid(RelationshipMapValidator.Validate(map, asOf), nameof(map), "relationship map");
        Require.Valid(settings.Validate(), nameof(settings), "relationship settings");
        if (decision is not null && !HasDecision(map, decision))
        {
            throw new ArgumentException("The decision '" + decision + "' is not among the map's decisions.", nameof(decision));
        }

        return new MapGraph(map, asOf, settings, decision?.Trim());
    }

    private static bool HasDecision(RelationshipMap map, string decision)
    {
        foreach (var d in map.Decisions)
        {
            if (string.Equals(d.Id.Trim(), decision.Trim(), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
