namespace KeyAccount.Core.Relationships;

/// <summary>The Relationships area's words for its own values, beside the shared <see cref="Wording"/>.</summary>
internal static class Words
{
    public static string Kind(StakeholderKind kind) => kind switch
    {
        StakeholderKind.DecisionMaker => "decision maker",
        StakeholderKind.Influencer => "influencer",
        StakeholderKind.Sponsor => "sponsor",
        StakeholderKind.AntiSponsor => "anti-sponsor",
        StakeholderKind.RisingStar => "rising star",
        StakeholderKind.FallingStar => "falling star",
        _ => "person of an undefined kind",
    };

    /// <summary>The kind with its indefinite article: "a decision maker", "an influencer".</summary>
    public static string AKind(StakeholderKind kind) =>
        (kind is StakeholderKind.Influencer or StakeholderKind.AntiSponsor ? "an " : "a ") + Kind(kind);

    public static string Strength(RelationshipStrength? strength) => strength switch
    {
        null => "unknown (never assessed)",
        RelationshipStrength.Weak => "weak",
        RelationshipStrength.Moderate => "moderate",
        RelationshipStrength.Strong => "strong",
        RelationshipStrength.Close => "close",
        _ => "undefined",
    };

    public static string Strength(double? strength) => strength is double s ? Wording.Percent(s) : "unknown";
}
