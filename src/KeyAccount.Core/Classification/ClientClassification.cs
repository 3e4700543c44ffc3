using System;
using System.Text.Json.Serialization;

namespace KeyAccount.Core.Classification;

/// <summary>
/// The verdict for one client: its tier, each criterion's outcome with the numbers it used, and a
/// sentence a key account manager can read.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Tier"/> counts only criteria that are met on the evidence at hand; unknown criteria
/// are neither met nor not met. <see cref="PossibleTier"/> is the tier the client would have if every
/// unknown criterion turned out met, so the true tier lies between the two. When they differ,
/// <see cref="RestsOnMissingEvidence"/> is true and the explanation says what is missing.
/// </para>
/// <para>
/// The <see cref="Explanation"/> is built when first read (a portfolio of a million clients does not
/// pay for a million sentences it may never print) and is invariant-culture English.
/// </para>
/// </remarks>
public sealed class ClientClassification
{
    private readonly ClassificationPolicy? _policy;
    private string? _explanation;

    /// <summary>Creates a verdict as read back from JSON, with its explanation.</summary>
    /// <param name="client">The client.</param>
    /// <param name="tier">The tier on the evidence at hand.</param>
    /// <param name="possibleTier">The tier if every unknown criterion were met; at least <paramref name="tier"/>.</param>
    /// <param name="steadyHighProfit">Criterion 1 and its numbers.</param>
    /// <param name="growthOpportunities">Criterion 2 and its numbers.</param>
    /// <param name="trustedPartner">Criterion 3 and its numbers.</param>
    /// <param name="marketLeadership">Criterion 4 and its numbers.</param>
    /// <param name="explanation">The sentence explaining the verdict.</param>
    /// <exception cref="ArgumentException"><paramref name="client"/> is <c>default</c>, <paramref name="possibleTier"/> is below <paramref name="tier"/>, or <paramref name="explanation"/> is empty.</exception>
    [JsonConstructor]
    public ClientClassification(
        ClientId client,
        ClientTier tier,
        ClientTier possibleTier,
        ProfitFinding steadyHighProfit,
        OpportunityFinding growthOpportunities,
        PartnershipFinding trustedPartner,
        MarketLeadershipFinding marketLeadership,
        string explanation)
        : this(client, tier, possibleTier, steadyHighProfit, growthOpportunities, trustedPartner, marketLeadership, policy: null)
    {
        if (string.IsNullOrWhiteSpace(explanation))
        {
            throw new ArgumentException("The explanation must not be empty.", nameof(explanation));
        }

        _explanation = explanation;
    }

    internal ClientClassification(
        ClientId client,
        ClientTier tier,
        ClientTier possibleTier,
        ProfitFinding steadyHighProfit,
        OpportunityFinding growthOpportunities,
        PartnershipFinding trustedPartner,
        MarketLeadershipFinding marketLeadership,
        ClassificationPolicy? policy)
    {
        if (client.IsDefault)
        {
            throw new ArgumentException("default(ClientId) is not a valid client id.", nameof(client));
        }

        if (possibleTier < tier)
        {
            throw new ArgumentException($"The possible tier {possibleTier} is below the tier {tier}.", nameof(possibleTier));
        }

        Client = client;
        Tier = tier;
        PossibleTier = possibleTier;
        SteadyHighProfit = steadyHighProfit;
        GrowthOpportunities = growthOpportunities;
        TrustedPartner = trustedPartner;
        MarketLeadership = marketLeadership;
        _policy = policy;
    }

    /// <summary>The client.</summary>
    public ClientId Client { get; }

    /// <summary>The tier on the evidence at hand (unknown criteria not counted as met).</summary>
    public ClientTier Tier { get; }

    /// <summary>The tier if every unknown criterion were met; equal to <see cref="Tier"/> when the missing evidence cannot change it.</summary>
    public ClientTier PossibleTier { get; }

    /// <summary>Criterion 1, steady high profit.</summary>
    public ProfitFinding SteadyHighProfit { get; }

    /// <summary>Criterion 2, growth opportunities.</summary>
    public OpportunityFinding GrowthOpportunities { get; }

    /// <summary>Criterion 3, trusted partner or adviser.</summary>
    public PartnershipFinding TrustedPartner { get; }

    /// <summary>Criterion 4, market leadership.</summary>
    public MarketLeadershipFinding MarketLeadership { get; }

    /// <summary>True when missing evidence could still raise the tier (<see cref="PossibleTier"/> above <see cref="Tier"/>).</summary>
    [JsonIgnore]
    public bool RestsOnMissingEvidence => PossibleTier > Tier;

    /// <summary>How many of the four criteria are met (0..4).</summary>
    [JsonIgnore]
    public int MetCount => Count(CriterionOutcome.Met);

    /// <summary>How many of the four criteria are unknown (0..4).</summary>
    [JsonIgnore]
    public int UnknownCount => Count(CriterionOutcome.Unknown);

    /// <summary>
    /// The verdict in words, e.g. <c>Key: meets 4 of 4 criteria. Steady high profit: met (in the
    /// top-80% group in 4 of 4 quarters; profit trend +12.0%/quarter; ...). ...</c>
    /// </summary>
    public string Explanation => _explanation ??= Explanations.Client(this, _policy ?? ClassificationPolicy.Default);

    /// <summary>The outcome of one criterion.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>Its outcome.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criterion"/> is not defined.</exception>
    public CriterionOutcome Outcome(KeyCriterion criterion) => criterion switch
    {
        KeyCriterion.SteadyHighProfit => SteadyHighProfit.Outcome,
        KeyCriterion.GrowthOpportunities => GrowthOpportunities.Outcome,
        KeyCriterion.TrustedPartner => TrustedPartner.Outcome,
        KeyCriterion.MarketLeadership => MarketLeadership.Outcome,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Not a criterion."),
    };

    /// <summary>The compact record of this verdict kept for the next classification's changes.</summary>
    /// <returns>The client, its tier and the criteria it met.</returns>
    public ClassificationSnapshot ToSnapshot()
    {
        var met = new System.Collections.Generic.List<KeyCriterion>(4);
        for (var c = KeyCriterion.SteadyHighProfit; c <= KeyCriterion.MarketLeadership; c++)
        {
            if (Outcome(c) == CriterionOutcome.Met)
            {
                met.Add(c);
            }
        }

        return new ClassificationSnapshot(Client, Tier, met);
    }

    /// <summary>The tier and the explanation.</summary>
    /// <returns><c>client: explanation</c>.</returns>
    public override string ToString() => Client.Value + ": " + Explanation;

    private int Count(CriterionOutcome outcome) =>
        (SteadyHighProfit.Outcome == outcome ? 1 : 0) + (GrowthOpportunities.Outcome == outcome ? 1 : 0)
        + (TrustedPartner.Outcome == outcome ? 1 : 0) + (MarketLeadership.Outcome == outcome ? 1 : 0);
}
