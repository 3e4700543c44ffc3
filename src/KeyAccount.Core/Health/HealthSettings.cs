using System.Collections.Generic;

namespace KeyAccount.Core.Health;

/// <summary>
/// How an account's health is scored: each component's weight, the bands, and how much the
/// explanations name. Every property has a documented default, so a JSON settings object may give
/// any subset; <c>docs/health.md</c> gives the reason for each default.
/// </summary>
/// <remarks>
/// The score is the weighted mean of the components that are scored, <c>Σ wᵢ sᵢ / Σ wᵢ</c>, so
/// only the ratios of the weights matter; the defaults add up to 100 to read as percentages when
/// every component is scored. A weight of zero removes its component from the score (it is still
/// shown). Constructors never throw; <see cref="Validate"/> reports the defects.
/// </remarks>
public sealed record HealthSettings
{
    /// <summary>The largest weight a component may have.</summary>
    public const decimal MaxWeight = 1_000_000m;

    /// <summary>The documented defaults.</summary>
    public static HealthSettings Default { get; } = new();

    /// <summary>
    /// Creates settings; every setting is optional and defaults to its documented value, so
    /// <c>new HealthSettings()</c> is <see cref="Default"/>. Values are checked by
    /// <see cref="Validate"/>, not here.
    /// </summary>
    /// <param name="tierWeight">See <see cref="TierWeight"/>; default 10.</param>
    /// <param name="ladderWeight">See <see cref="LadderWeight"/>; default 15.</param>
    /// <param name="planWeight">See <see cref="PlanWeight"/>; default 15.</param>
    /// <param name="relationshipsWeight">See <see cref="RelationshipsWeight"/>; default 15.</param>
    /// <param name="communicationsWeight">See <see cref="CommunicationsWeight"/>; default 10.</param>
    /// <param name="commitmentsWeight">See <see cref="CommitmentsWeight"/>; default 20.</param>
    /// <param name="freshnessWeight">See <see cref="FreshnessWeight"/>; default 10.</param>
    /// <param name="opportunitiesWeight">See <see cref="OpportunitiesWeight"/>; default 5.</param>
    /// <param name="healthyFrom">See <see cref="HealthyFrom"/>; default 75.</param>
    /// <param name="watchFrom">See <see cref="WatchFrom"/>; default 50.</param>
    /// <param name="explainedFacts">See <see cref="ExplainedFacts"/>; default 3.</param>
    /// <param name="fallers">See <see cref="Fallers"/>; default 10.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    public HealthSettings(
        decimal tierWeight = 10m,
        decimal ladderWeight = 15m,
        decimal planWeight = 15m,
        decimal relationshipsWeight = 15m,
        decimal communicationsWeight = 10m,
        decimal commitmentsWeight = 20m,
        decimal freshnessWeight = 10m,
        decimal opportunitiesWeight = 5m,
        decimal healthyFrom = 75m,
        decimal watchFrom = 50m,
        int explainedFacts = 3,
        int fallers = 10)
    {
        TierWeight = tierWeight;
        LadderWeight = ladderWeight;
        PlanWeight = planWeight;
        RelationshipsWeight = relationshipsWeight;
        CommunicationsWeight = communicationsWeight;
        CommitmentsWeight = commitmentsWeight;
        FreshnessWeight = freshnessWeight;
        OpportunitiesWeight = opportunitiesWeight;
        HealthyFrom = healthyFrom;
        WatchFrom = watchFrom;
        ExplainedFacts = explainedFacts;
        Fallers = fallers;
    }

    /// <summary>The weight of the key-client tier (<see cref="HealthComponentKind.Tier"/>); 10 by default: the tier moves slowly and is settled by evidence reviewed each period, so it steadies the score rather than drives it.</summary>
    public decimal TierWeight { get; init; }

    /// <summary>The weight of the ladder (<see cref="HealthComponentKind.Ladder"/>); 15 by default: the client's opinion of you is what counts (section 2 of the method).</summary>
    public decimal LadderWeight { get; init; }

    /// <summary>The weight of the plan (<see cref="HealthComponentKind.Plan"/>); 15 by default: a plan with errors or goals it cannot meet means the account's goals will be missed.</summary>
    public decimal PlanWeight { get; init; }

    /// <summary>The weight of the relationships (<see cref="HealthComponentKind.Relationships"/>); 15 by default: success rests on influence with the decision maker (section 5), and a single thread breaks with one departure.</summary>
    public decimal RelationshipsWeight { get; init; }

    /// <summary>The weight of the communications (<see cref="HealthComponentKind.Communications"/>); 10 by default: gaps and silences let the partnership cool, but slower than a broken promise or an unreached decision maker.</summary>
    public decimal CommunicationsWeight { get; init; }

    /// <summary>The weight of the commitments (<see cref="HealthComponentKind.Commitments"/>); 20 by default, the largest: a promise not kept is what the client sees first, and support of the decisions taken is the method's day-to-day work.</summary>
    public decimal CommitmentsWeight { get; init; }

    /// <summary>The weight of the data's freshness (<see cref="HealthComponentKind.Freshness"/>); 10 by default: every other component is only as true as the data it reads.</summary>
    public decimal FreshnessWeight { get; init; }

    /// <summary>The weight of the opportunities (<see cref="HealthComponentKind.Opportunities"/>); 5 by default: growth prospects matter, but a thin pipeline is a slower danger than a broken promise.</summary>
    public decimal OpportunitiesWeight { get; init; }

    /// <summary>The lowest score of the healthy band, 0 to 100; 75 by default: a healthy account loses at most a quarter of the points.</summary>
    public decimal HealthyFrom { get; init; }

    /// <summary>The lowest score of the watch band, 0 to <see cref="HealthyFrom"/>; 50 by default: below it the account has lost half of the points and is at risk.</summary>
    public decimal WatchFrom { get; init; }

    /// <summary>How many of the facts that cost the most points an explanation names (0 or more); 3 by default.</summary>
    public int ExplainedFacts { get; init; }

    /// <summary>How many of the accounts whose score fell most a portfolio lists (0 or more); 10 by default.</summary>
    public int Fallers { get; init; }

    /// <summary>The weight of <paramref name="kind"/>.</summary>
    /// <param name="kind">A component.</param>
    /// <returns>Its weight.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public decimal Weight(HealthComponentKind kind) => kind switch
    {
        HealthComponentKind.Tier => TierWeight,
        HealthComponentKind.Ladder => LadderWeight,
        HealthComponentKind.Plan => PlanWeight,
        HealthComponentKind.Relationships => RelationshipsWeight,
        HealthComponentKind.Communications => CommunicationsWeight,
        HealthComponentKind.Commitments => CommitmentsWeight,
        HealthComponentKind.Freshness => FreshnessWeight,
        HealthComponentKind.Opportunities => OpportunitiesWeight,
        _ => throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "Not a health component."),
    };

    /// <summary>The band of <paramref name="score"/> under these settings.</summary>
    /// <param name="score">A score, 0 to 100.</param>
    /// <returns><see cref="HealthBand.Healthy"/> from <see cref="HealthyFrom"/>, <see cref="HealthBand.Watch"/> from <see cref="WatchFrom"/>, else <see cref="HealthBand.AtRisk"/>.</returns>
    public HealthBand Band(decimal score) => score >= HealthyFrom ? HealthBand.Healthy : score >= WatchFrom ? HealthBand.Watch : HealthBand.AtRisk;

    /// <summary>Checks the settings: weights from 0 to <see cref="MaxWeight"/> and not all zero, thresholds within 0 to 100 with the watch band below the healthy one, counts not negative.</summary>
    /// <returns>The diagnostics (<c>KAH001</c> to <c>KAH004</c>), paths relative to the settings object (<c>planWeight</c>); empty when the settings are usable.</returns>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var bag = new DiagnosticBag();
        var any = false;
        foreach (var kind in HealthScorecard.Kinds)
        {
            var weight = Weight(kind);
            if (weight < 0 || weight > MaxWeight)
            {
                bag.Add(HealthDiagnosticCodes.Get(HealthDiagnosticCodes.InvalidWeight), WeightPath(kind), "The weight is {0}; a weight is from 0 (the component does not count) to 1,000,000.", Wording.Number(weight, 4));
            }
            else if (weight > 0)
            {
                any = true;
            }
        }

        if (!any && !bag.HasErrors)
        {
            bag.Add(HealthDiagnosticCodes.Get(HealthDiagnosticCodes.NoWeight), string.Empty, "Every component's weight is zero, so no score can be formed; give at least one component a positive weight.");
        }

        if (HealthyFrom < 0 || HealthyFrom > 100)
        {
            bag.Add(HealthDiagnosticCodes.Get(HealthDiagnosticCodes.InvalidBand), "healthyFrom", "The healthy band starts at {0}; a threshold is a score from 0 to 100.", Wording.Number(HealthyFrom, 4));
        }

        if (WatchFrom < 0 || WatchFrom > 100)
        {
            bag.Add(HealthDiagnosticCodes.Get(HealthDiagnosticCodes.InvalidBand), "watchFrom", "The watch band starts at {0}; a threshold is a score from 0 to 100.", Wording.Number(WatchFrom, 4));
        }
        else if (WatchFrom > HealthyFrom && HealthyFrom is >= 0 and <= 100)
        {
            bag.Add(HealthDiagnosticCodes.Get(HealthDiagnosticCodes.InvalidBand), "watchFrom", "The watch band starts at {0}, above the healthy band's {1}; the watch band lies below the healthy one.", Wording.Number(WatchFrom, 4), Wording.Number(HealthyFrom, 4));
        }

        if (ExplainedFacts < 0)
        {
            bag.Add(HealthDiagnosticCodes.Get(HealthDiagnosticCodes.InvalidCount), "explainedFacts", "The explanation is to name {0} facts; give 0 or more.", ExplainedFacts);
        }

        if (Fallers < 0)
        {
            bag.Add(HealthDiagnosticCodes.Get(HealthDiagnosticCodes.InvalidCount), "fallers", "The portfolio is to list {0} fallers; give 0 or more.", Fallers);
        }

        return bag.ToSortedList();
    }

    internal static string WeightPath(HealthComponentKind kind) => kind switch
    {
        HealthComponentKind.Tier => "tierWeight",
        HealthComponentKind.Ladder => "ladderWeight",
        HealthComponentKind.Plan => "planWeight",
        HealthComponentKind.Relationships => "relationshipsWeight",
        HealthComponentKind.Communications => "communicationsWeight",
        HealthComponentKind.Commitments => "commitmentsWeight",
        HealthComponentKind.Freshness => "freshnessWeight",
        _ => "opportunitiesWeight",
    };
}
