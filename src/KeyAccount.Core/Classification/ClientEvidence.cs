using System;
using System.Collections.Generic;
using KeyAccount.Core.Ladder;

namespace KeyAccount.Core.Classification;

/// <summary>
/// Everything known about one client that bears on the four key-client criteria. Any piece may be
/// missing: missing evidence makes a criterion unknown, never "not met".
/// </summary>
/// <remarks>
/// <para>
/// <b>Periods.</b> Every per-period series is ordered oldest first and aligned at its end: the last
/// element is the most recent period, the same period for every series and every client of a
/// portfolio. A series shorter than the portfolio's history simply starts later (the periods before
/// it are unknown); a <c>null</c> element is an unknown period. A series given as <c>null</c> or
/// empty means that evidence is missing altogether.
/// </para>
/// <para>
/// <b>Profit (criterion 1).</b> <see cref="Profits"/> holds profit per period in the portfolio's
/// one currency (any sign). <see cref="VitalFew"/> optionally says directly, per period, whether the
/// client was in the vital few of the 20/80 rule; where it has a value it wins over the membership
/// the portfolio classification computes from all clients' profits.
/// </para>
/// <para>
/// <b>Opportunities (criterion 2).</b> <see cref="OpportunityCounts"/> and
/// <see cref="OpportunityValues"/> give the opportunities created per period and their value;
/// <see cref="Sales"/> gives sales per period (for the sales growth).
/// </para>
/// <para>
/// <b>Partner perception (criterion 3).</b> <see cref="LadderLevel"/> is the client's perception
/// ladder level (the Ladder area's <see cref="Ladder.LadderLevel"/>, e.g. from
/// <c>LadderPositioner</c>), commodity broker (1) to business partner (4); <see cref="SurveyScore"/> is the
/// alternative evidence, a survey score as a percentage of its scale's maximum (0..100).
/// </para>
/// <para>
/// <b>Market standing (criterion 4).</b> <see cref="IndustryRank"/> (1 = the industry's leader),
/// <see cref="MarketShare"/> (0..1) and <see cref="InfluenceRating"/> (0..100, a percentage of the
/// rating scale's maximum).
/// </para>
/// </remarks>
public sealed record ClientEvidence
{
    private readonly decimal?[] _profits;
    private readonly bool?[] _vitalFew;
    private readonly int?[] _opportunityCounts;
    private readonly decimal?[] _opportunityValues;
    private readonly decimal?[] _sales;

    /// <summary>Creates a client's evidence; every piece but the client is optional.</summary>
    /// <param name="client">The client.</param>
    /// <param name="profits">Profit per period, oldest first; null elements are unknown periods.</param>
    /// <param name="vitalFew">Vital-few membership per period supplied directly, oldest first; null elements are not supplied.</param>
    /// <param name="opportunityCounts">Opportunities created per period (0 or more), oldest first.</param>
    /// <param name="opportunityValues">Value of the opportunities created per period (0 or more), oldest first.</param>
    /// <param name="sales">Sales per period (0 or more), oldest first.</param>
    /// <param name="ladderLevel">The perception ladder level (a defined <see cref="Ladder.LadderLevel"/>, 1..4).</param>
    /// <param name="surveyScore">A partner-perception survey score, 0..100 (percent of the scale's maximum).</param>
    /// <param name="industryRank">The client's rank in its industry, 1 or more (1 = leader).</param>
    /// <param name="marketShare">The client's market share in its sector, 0..1.</param>
    /// <param name="influenceRating">A rating of the client's influence on its sector's market, 0..100.</param>
    /// <remarks>
    /// Values are not checked here, so that a user's document with a wrong value loads and is
    /// reported: <see cref="ClassificationValidator"/> reports each value outside its range with its
    /// code and path (for example <c>KCL013</c> at <c>clients[3].sales[0]</c>), and the
    /// classification refuses evidence with errors.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="client"/> is <c>default</c>.</exception>
    public ClientEvidence(
        ClientId client,
        IReadOnlyList<decimal?>? profits = null,
        IReadOnlyList<bool?>? vitalFew = null,
        IReadOnlyList<int?>? opportunityCounts = null,
        IReadOnlyList<decimal?>? opportunityValues = null,
        IReadOnlyList<decimal?>? sales = null,
        LadderLevel? ladderLevel = null,
        double? surveyScore = null,
        int? industryRank = null,
        double? marketShare = null,
        double? influenceRating = null)
    {
        Client = Require.Set(client, nameof(client));
        _profits = Copy(profits);
        _vitalFew = Copy(vitalFew);
        _opportunityCounts = Copy(opportunityCounts);
        _opportunityValues = Copy(opportunityValues);
        _sales = Copy(sales);
        LadderLevel = ladderLevel;
        SurveyScore = surveyScore;
        IndustryRank = industryRank;
        MarketShare = marketShare;
        InfluenceRating = influenceRating;
    }

    /// <summary>The client.</summary>
    public ClientId Client { get; }

    /// <summary>Profit per period, oldest first (the last is the most recent); null elements are unknown; empty when not supplied.</summary>
    public IReadOnlyList<decimal?> Profits => _profits;

    /// <summary>Vital-few membership per period supplied directly, oldest first; null elements are not supplied; empty when not supplied.</summary>
    public IReadOnlyList<bool?> VitalFew => _vitalFew;

    /// <summary>Opportunities created per period, oldest first; empty when not supplied.</summary>
    public IReadOnlyList<int?> OpportunityCounts => _opportunityCounts;

    /// <summary>Value of the opportunities created per period, oldest first; empty when not supplied.</summary>
    public IReadOnlyList<decimal?> OpportunityValues => _opportunityValues;

    /// <summary>Sales per period, oldest first; empty when not supplied.</summary>
    public IReadOnlyList<decimal?> Sales => _sales;

    /// <summary>The perception ladder level, commodity broker (1) .. business partner (4); null when unknown.</summary>
    public LadderLevel? LadderLevel { get; }

    /// <summary>A partner-perception survey score, 0..100; null when unknown.</summary>
    public double? SurveyScore { get; }

    /// <summary>The client's rank in its industry, 1 = leader; null when unknown.</summary>
    public int? IndustryRank { get; }

    /// <summary>The client's market share in its sector, 0..1; null when unknown.</summary>
    public double? MarketShare { get; }

    /// <summary>A rating of the client's influence on its sector's market, 0..100; null when unknown.</summary>
    public double? InfluenceRating { get; }

    internal decimal?[] ProfitArray => _profits;

    internal bool?[] VitalFewArray => _vitalFew;

    internal int?[] OpportunityCountArray => _opportunityCounts;

    internal decimal?[] OpportunityValueArray => _opportunityValues;

    internal decimal?[] SalesArray => _sales;

    /// <summary>The number of periods the longest series of this client covers.</summary>
    internal int PeriodCount => Math.Max(
        Math.Max(_profits.Length, _vitalFew.Length),
        Math.Max(_opportunityCounts.Length, Math.Max(_opportunityValues.Length, _sales.Length)));

    private static T[] Copy<T>(IReadOnlyList<T>? source)
    {
        if (source is null || source.Count == 0)
        {
            return [];
        }

        var copy = new T[source.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = source[i];
        }

        return copy;
    }
}
