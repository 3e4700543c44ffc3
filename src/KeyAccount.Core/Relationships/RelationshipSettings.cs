using System.Collections.Generic;

namespace KeyAccount.Core.Relationships;

/// <summary>
/// The policy of the relationship analysis: when a contact is stale, what counts as strong, how
/// strengths decay, and how next contacts are proposed. Every property has a documented default,
/// so a JSON settings object may give any subset.
/// </summary>
public sealed record RelationshipSettings
{
    /// <summary>The defaults.</summary>
    public static RelationshipSettings Default { get; } = new();

    /// <summary>
    /// Creates settings; every setting is optional and defaults to its documented value, so
    /// <c>new RelationshipSettings()</c> is <see cref="Default"/>. Values are checked by
    /// <see cref="Validate"/>, not here. Reading JSON goes through this constructor, so a setting
    /// left out of a document keeps its default.
    /// </summary>
    /// <param name="decisionMakerStaleDays">See <see cref="DecisionMakerStaleDays"/>; default 60.</param>
    /// <param name="influencerStaleDays">See <see cref="InfluencerStaleDays"/>; default 90.</param>
    /// <param name="sponsorStaleDays">See <see cref="SponsorStaleDays"/>; default 60.</param>
    /// <param name="antiSponsorStaleDays">See <see cref="AntiSponsorStaleDays"/>; default 90.</param>
    /// <param name="risingStarStaleDays">See <see cref="RisingStarStaleDays"/>; default 120.</param>
    /// <param name="fallingStarStaleDays">See <see cref="FallingStarStaleDays"/>; default 180.</param>
    /// <param name="strongRelationship">See <see cref="StrongRelationship"/>; default 0.7.</param>
    /// <param name="strongPath">See <see cref="StrongPath"/>; default 0.5.</param>
    /// <param name="decayHalfLifeDays">See <see cref="DecayHalfLifeDays"/>; default null.</param>
    /// <param name="nextContactStrength">See <see cref="NextContactStrength"/>; default Strong.</param>
    /// <param name="nextContacts">See <see cref="NextContacts"/>; default 5.</param>
    [System.Text.Json.Serialization.JsonConstructor]
    public RelationshipSettings(
        int decisionMakerStaleDays = 60,
        int influencerStaleDays = 90,
        int sponsorStaleDays = 60,
        int antiSponsorStaleDays = 90,
        int risingStarStaleDays = 120,
        int fallingStarStaleDays = 180,
        double strongRelationship = 0.7,
        double strongPath = 0.5,
        int? decayHalfLifeDays = null,
        RelationshipStrength nextContactStrength = RelationshipStrength.Strong,
        int nextContacts = 5)
    {
        DecisionMakerStaleDays = decisionMakerStaleDays;
        InfluencerStaleDays = influencerStaleDays;
        SponsorStaleDays = sponsorStaleDays;
        AntiSponsorStaleDays = antiSponsorStaleDays;
        RisingStarStaleDays = risingStarStaleDays;
        FallingStarStaleDays = fallingStarStaleDays;
        StrongRelationship = strongRelationship;
        StrongPath = strongPath;
        DecayHalfLifeDays = decayHalfLifeDays;
        NextContactStrength = nextContactStrength;
        NextContacts = nextContacts;
    }

    /// <summary>Days since the last contact after which a decision maker's contact is stale; 60 by default.</summary>
    public int DecisionMakerStaleDays { get; init; }

    /// <summary>Days for an influencer; 90 by default.</summary>
    public int InfluencerStaleDays { get; init; }

    /// <summary>Days for a sponsor; 60 by default (a sponsor left alone cools).</summary>
    public int SponsorStaleDays { get; init; }

    /// <summary>Days for an anti-sponsor; 90 by default.</summary>
    public int AntiSponsorStaleDays { get; init; }

    /// <summary>Days for a rising star; 120 by default.</summary>
    public int RisingStarStaleDays { get; init; }

    /// <summary>Days for a falling star; 180 by default.</summary>
    public int FallingStarStaleDays { get; init; }

    /// <summary>The link strength (0 to 1) from which a relationship counts as strong; 0.7 by default, so <see cref="RelationshipStrength.Strong"/> and <see cref="RelationshipStrength.Close"/> count while fresh.</summary>
    public double StrongRelationship { get; init; }

    /// <summary>The path strength (0 to 1) from which a decision maker counts as strongly reached; 0.5 by default.</summary>
    public double StrongPath { get; init; }

    /// <summary>
    /// The optional decay of relationship strengths: the number of days since the last contact
    /// after which a relationship counts half as strong (weight × 0.5^(days / half-life)). Null by
    /// default: no decay. A relationship without a last contact date does not decay (its age is
    /// unknown) and an unassessed one stays unknown.
    /// </summary>
    public int? DecayHalfLifeDays { get; init; }

    /// <summary>The strength at which next contacts are proposed; <see cref="RelationshipStrength.Strong"/> by default.</summary>
    public RelationshipStrength NextContactStrength { get; init; }

    /// <summary>How many next contacts to propose (the steps of the greedy plan); 5 by default, 0 for none.</summary>
    public int NextContacts { get; init; }

    /// <summary>The days after which the contact of a person of <paramref name="kind"/> is stale.</summary>
    /// <param name="kind">A kind of person.</param>
    /// <returns>The days of the policy.</returns>
    public int StaleDays(StakeholderKind kind) => kind switch
    {
        StakeholderKind.DecisionMaker => DecisionMakerStaleDays,
        StakeholderKind.Influencer => InfluencerStaleDays,
        StakeholderKind.Sponsor => SponsorStaleDays,
        StakeholderKind.AntiSponsor => AntiSponsorStaleDays,
        StakeholderKind.RisingStar => RisingStarStaleDays,
        _ => FallingStarStaleDays,
    };

    /// <summary>Checks the settings; paths are relative to the settings object (<c>strongPath</c>).</summary>
    /// <returns>The diagnostics (<c>KAR015</c>), sorted; empty when the settings are usable.</returns>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var bag = new DiagnosticBag();
        var code = RelationshipsDiagnosticCodes.Get(RelationshipsDiagnosticCodes.InvalidSetting);
        void Days(int value, string path)
        {
            if (value < 0)
            {
                bag.Add(code, path, "{0} is {1}; days since the last contact are 0 or more.", path, Wording.Number(value));
            }
        }

        Days(DecisionMakerStaleDays, "decisionMakerStaleDays");
        Days(InfluencerStaleDays, "influencerStaleDays");
        Days(SponsorStaleDays, "sponsorStaleDays");
        Days(AntiSponsorStaleDays, "antiSponsorStaleDays");
        Days(RisingStarStaleDays, "risingStarStaleDays");
        Days(FallingStarStaleDays, "fallingStarStaleDays");
        if (!(StrongRelationship > 0 && StrongRelationship <= 1))
        {
            bag.Add(code, "strongRelationship", "strongRelationship is {0}; it is a strength above 0 and at most 1.", Wording.Number(StrongRelationship, 4));
        }

        if (!(StrongPath > 0 && StrongPath <= 1))
        {
            bag.Add(code, "strongPath", "strongPath is {0}; it is a strength above 0 and at most 1.", Wording.Number(StrongPath, 4));
        }

        if (DecayHalfLifeDays is int halfLife && halfLife < 1)
        {
            bag.Add(code, "decayHalfLifeDays", "decayHalfLifeDays is {0}; a half-life is at least 1 day (leave it out for no decay).", Wording.Number(halfLife));
        }

        if (!StrengthScale.IsDefined(NextContactStrength))
        {
            bag.Add(code, "nextContactStrength", "nextContactStrength {0} is not a step of the scale (weak, moderate, strong, close).", (int)NextContactStrength);
        }

        if (NextContacts < 0 || NextContacts > 100)
        {
            bag.Add(code, "nextContacts", "nextContacts is {0}; propose from 0 to 100 next contacts.", Wording.Number(NextContacts));
        }

        return bag.ToSortedList();
    }
}
