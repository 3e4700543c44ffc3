namespace KeyAccount.Core.Accounts;

/// <summary>
/// Where a key client stands in the day-to-day running of the account (section 8 of the method),
/// from being brought into scope to the final stage.
/// </summary>
/// <remarks>
/// The stages follow each other in this order, with one way back: from <see cref="UnderReview"/>
/// to <see cref="Active"/>. <see cref="AccountLifecycle"/> lists the moves and their guards.
/// </remarks>
public enum AccountStage
{
    /// <summary>A client being considered for key-client treatment.</summary>
    Prospect = 0,

    /// <summary>Brought into our scope: the team is being named and the documents gathered.</summary>
    Onboarding = 1,

    /// <summary>The client's profile is compiled.</summary>
    Profiled = 2,

    /// <summary>A development plan is approved and the decision maker is known.</summary>
    Planned = 3,

    /// <summary>The plan is in force, discussed with the client.</summary>
    Active = 4,

    /// <summary>The account is being reviewed; it goes back to active or on to the final stage.</summary>
    UnderReview = 5,

    /// <summary>The relationship is being wound down: commitments and relationships handed over.</summary>
    FinalStage = 6,

    /// <summary>The account is closed.</summary>
    Closed = 7,
}
