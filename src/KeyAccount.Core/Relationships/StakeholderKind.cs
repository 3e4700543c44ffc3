namespace KeyAccount.Core.Relationships;

/// <summary>
/// The six kinds of people involved, directly or not, in the client's decisions (section 5 of the
/// method). A person may be of several kinds at once; sponsor and anti-sponsor (and rising and
/// falling star) at once for the same decision is a contradiction (<c>KAR008</c>).
/// </summary>
public enum StakeholderKind
{
    /// <summary>Takes the decision: the person whose influence the whole relationship work aims at.</summary>
    DecisionMaker = 1,

    /// <summary>Does not decide, but shapes what the decision maker thinks.</summary>
    Influencer = 2,

    /// <summary>Wants us to win and argues for us inside the client's company.</summary>
    Sponsor = 3,

    /// <summary>Wants us to lose (prefers a competitor, or opposes the change we propose).</summary>
    AntiSponsor = 4,

    /// <summary>Gaining weight in the organisation: tomorrow's decision maker or influencer.</summary>
    RisingStar = 5,

    /// <summary>Losing weight in the organisation: today's support that may not carry tomorrow.</summary>
    FallingStar = 6,
}
