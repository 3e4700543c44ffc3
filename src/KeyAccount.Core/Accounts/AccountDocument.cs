using System;
using System.Collections.Generic;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Json;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Negotiation;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Relationships;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// One key client's account as one document (section 8 of the method): the profile, our team, the
/// lifecycle with its history, the diary, the record of section updates, and the documents of the
/// other areas for this client, each optional.
/// </summary>
/// <remarks>
/// <para>
/// A JSON document (<see cref="IKeyAccountDocument"/>, version <see cref="CurrentFormatVersion"/>)
/// read and written through <see cref="KeyAccountJson"/>; older versions are upgraded on reading
/// (version 1 had no relationship map, communication programme, negotiations or offers, and no
/// meeting window in its settings; version 2 had no plan reviews and no rules of internal
/// communication; each reads as a current document without them).
/// It loads whenever it is well-formed; <see cref="AccountValidator.Validate"/> reports every
/// defect, including every id reference across sections (a diary participant on the team or in
/// the map, a commitment's plan action in the plan, an offer's opportunity among the
/// opportunities, a plan review's goals in the plan and its participants on the team or in the
/// map). The model refuses only nulls where an object is needed, null list entries and
/// <c>default(ClientId)</c>. Lists left out read as empty.
/// </para>
/// <para>
/// The library makes new versions of the document (<see cref="AccountDiary.Append"/>,
/// <see cref="AccountLifecycle.Move"/>) and never writes files; the command line writes them
/// atomically.
/// </para>
/// </remarks>
public sealed record AccountDocument : IKeyAccountDocument
{
    /// <summary>The format version this release writes and the newest it reads.</summary>
    public const int CurrentFormatVersion = 3;

    /// <summary>Creates an account document.</summary>
    /// <param name="client">The key client.</param>
    /// <param name="profile">The client's profile; null until it is compiled.</param>
    /// <param name="team">Our account team.</param>
    /// <param name="lifecycle">The lifecycle history, oldest first; empty for a prospect.</param>
    /// <param name="diary">The diary, in any order (analyses order it by instant).</param>
    /// <param name="updates">When each section was last brought up to date, and by whom.</param>
    /// <param name="settings">Freshness and due-soon settings; null for <see cref="AccountSettings.Default"/>.</param>
    /// <param name="evidence">The client's classification evidence (section 1); optional.</param>
    /// <param name="ladder">The client's ladder assessment (section 2); optional.</param>
    /// <param name="opportunities">The client's opportunities and budgets (section 3); optional.</param>
    /// <param name="plan">The client's development plan (section 4); optional.</param>
    /// <param name="formatVersion">The document format version; <see cref="CurrentFormatVersion"/> by default.</param>
    /// <param name="relationships">The client's relationship map (section 5); optional.</param>
    /// <param name="communications">The communication programme for the client (section 6); optional.</param>
    /// <param name="negotiations">The negotiation plans with the client (section 7), in any order; empty when none.</param>
    /// <param name="offers">The offers made to the client (section 7), in any order; empty when none.</param>
    /// <param name="planReviews">The records of the plan's reviews (section 8: what each review found and decided), in any order; empty when none.</param>
    /// <param name="internalCommunication">The rules of internal communication for the account (section 8); null for <see cref="InternalCommunicationSettings.Default"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="client"/> is <c>default(ClientId)</c>, or a list holds a null entry.</exception>
    public AccountDocument(
        ClientId client,
        AccountProfile? profile = null,
        IReadOnlyList<AccountTeamMember>? team = null,
        IReadOnlyList<LifecycleChange>? lifecycle = null,
        IReadOnlyList<DiaryEntry>? diary = null,
        IReadOnlyList<SectionUpdate>? updates = null,
        AccountSettings? settings = null,
        ClientEvidence? evidence = null,
        ClientLadderAssessment? ladder = null,
        OpportunityPortfolio? opportunities = null,
        AccountPlan? plan = null,
        int formatVersion = CurrentFormatVersion,
        RelationshipMap? relationships = null,
        CommunicationProgramme? communications = null,
        IReadOnlyList<NegotiationPlan>? negotiations = null,
        IReadOnlyList<Offer>? offers = null,
        IReadOnlyList<PlanReviewRecord>? planReviews = null,
        InternalCommunicationSettings? internalCommunication = null)
    {
        Client = Require.Set(client, nameof(client));
        Profile = profile;
        Team = Require.Items(team, nameof(team));
        Lifecycle = Require.Items(lifecycle, nameof(lifecycle));
        Diary = Require.Items(diary, nameof(diary));
        Updates = Require.Items(updates, nameof(updates));
        Settings = settings;
        Evidence = evidence;
        Ladder = ladder;
        Opportunities = opportunities;
        Plan = plan;
        FormatVersion = formatVersion;
        Relationships = relationships;
        Communications = communications;
        Negotiations = Require.Items(negotiations, nameof(negotiations));
        Offers = Require.Items(offers, nameof(offers));
        PlanReviews = Require.Items(planReviews, nameof(planReviews));
        InternalCommunication = internalCommunication;
    }

    /// <inheritdoc/>
    public int FormatVersion { get; }

    /// <summary>The key client.</summary>
    public ClientId Client { get; }

    /// <summary>The client's profile; null until it is compiled.</summary>
    public AccountProfile? Profile { get; }

    /// <summary>Our account team.</summary>
    public IReadOnlyList<AccountTeamMember> Team { get; }

    /// <summary>The lifecycle history, oldest first; the last entry is the current stage.</summary>
    public IReadOnlyList<LifecycleChange> Lifecycle { get; }

    /// <summary>The diary.</summary>
    public IReadOnlyList<DiaryEntry> Diary { get; }

    /// <summary>The record of section updates.</summary>
    public IReadOnlyList<SectionUpdate> Updates { get; }

    /// <summary>Freshness and due-soon settings; null for the defaults.</summary>
    public AccountSettings? Settings { get; }

    /// <summary>The client's classification evidence; null when absent.</summary>
    public ClientEvidence? Evidence { get; }

    /// <summary>The client's ladder assessment; null when absent.</summary>
    public ClientLadderAssessment? Ladder { get; }

    /// <summary>The client's opportunities; null when absent.</summary>
    public OpportunityPortfolio? Opportunities { get; }

    /// <summary>The client's development plan; null when absent.</summary>
    public AccountPlan? Plan { get; }

    /// <summary>The client's relationship map; null when absent. Its people are the client's participants of the diary, its team our people of <see cref="Team"/>.</summary>
    public RelationshipMap? Relationships { get; }

    /// <summary>The communication programme for the client; null when absent. Its audiences name people of <see cref="Relationships"/>.</summary>
    public CommunicationProgramme? Communications { get; }

    /// <summary>The negotiation plans with the client; empty when none.</summary>
    public IReadOnlyList<NegotiationPlan> Negotiations { get; }

    /// <summary>The offers made to the client; empty when none.</summary>
    public IReadOnlyList<Offer> Offers { get; }

    /// <summary>
    /// The records of the plan's reviews, each what one review found and decided; empty when none.
    /// The latest review up to a date (with any others of that day) is the review of the plan the
    /// account holds, checked against it; earlier ones reviewed earlier versions of the plan and are
    /// kept as its history (<see cref="AccountValidator"/>).
    /// </summary>
    public IReadOnlyList<PlanReviewRecord> PlanReviews { get; }

    /// <summary>The rules of internal communication (who inside our company must hear of what, how soon); null for <see cref="InternalCommunicationSettings.Default"/>.</summary>
    public InternalCommunicationSettings? InternalCommunication { get; }

    /// <summary>The current stage: the last of <see cref="Lifecycle"/>, or <see cref="AccountStage.Prospect"/> when the history is empty.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public AccountStage Stage => Lifecycle.Count == 0 ? AccountStage.Prospect : Lifecycle[Lifecycle.Count - 1].Stage;
}
