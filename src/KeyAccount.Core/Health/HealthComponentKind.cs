namespace KeyAccount.Core.Health;

/// <summary>
/// A component of an account's health: each is one area's view of the account, scored 0 to 100 by
/// the formula documented in <c>docs/health.md</c>.
/// </summary>
/// <remarks>Results list the components in the order of <see cref="HealthScorecard.Kinds"/>, which follows the method's sections, not these values.</remarks>
public enum HealthComponentKind
{
    /// <summary>The key-client tier from the classification evidence (section 1), and whether it fell over the evidence's last period.</summary>
    Tier = 0,

    /// <summary>The position on the client's perception ladder (section 2) and the gap between your view and the client's.</summary>
    Ladder = 1,

    /// <summary>The development plan's diagnostics and the goals its schedule cannot meet by their deadlines (section 4).</summary>
    Plan = 2,

    /// <summary>Overdue commitments and decisions without a follow-up commitment, from the diary (section 8).</summary>
    Commitments = 3,

    /// <summary>The stale sections of the account (the method's data update formats, section 8).</summary>
    Freshness = 4,

    /// <summary>The opportunities identified for the client and whether the must-dos fit the budget (section 3).</summary>
    Opportunities = 5,

    /// <summary>The relationship map's coverage of the decision makers, the threads on both sides and the map's risk findings (section 5).</summary>
    Relationships = 6,

    /// <summary>The communication programme's gaps, silences and overdue items over the quarter up to the date (section 6).</summary>
    Communications = 7,
}
