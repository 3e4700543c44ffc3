using System;
using System.Collections.Generic;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Json;
using KeyAccount.Core.Ladder;
using KeyAccount.Core.Negotiation;
using KeyAccount.Core.Opportunities;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Review;

/// <summary>
/// One portfolio for the review of the whole method (<see cref="PortfolioReview.Run"/>): the
/// areas' own documents, each in its area's format, under one name and one date.
/// </summary>
/// <remarks>
/// Read it with <c>KeyAccountJson.Deserialize&lt;PortfolioDocument&gt;</c>. Every part but the
/// classification is optional; the review runs the areas present. The constructor refuses only
/// what is not a portfolio at all (a null name or classification, a null entry in the accounts);
/// every rule about values is a diagnostic of the review. See <c>docs/review.md</c>.
/// Format version 2 added <see cref="Accounts"/>; a version 1 document reads unchanged.
/// </remarks>
public sealed record PortfolioDocument : IKeyAccountDocument
{
    /// <summary>The format version this release writes, and the newest it reads.</summary>
    public const int CurrentFormatVersion = 2;

    private readonly IReadOnlyList<AccountDocument> _accounts = Array.Empty<AccountDocument>();

    /// <summary>Creates a portfolio document.</summary>
    /// <param name="name">A title for the review.</param>
    /// <param name="asOf">The day the review is made ("today"): plan deadlines and reviews are judged against it.</param>
    /// <param name="classification">The clients' evidence (profit per period, opportunities, ladder level, market position) and the policy.</param>
    /// <param name="ladder">The ladder answers of the assessed clients; null when none.</param>
    /// <param name="opportunities">The opportunities and the budgets of time, money and people; null when none.</param>
    /// <param name="plan">One key-client development plan; null when none.</param>
    /// <param name="formatVersion">The document format version; <see cref="CurrentFormatVersion"/> by default.</param>
    /// <param name="relationships">The client's relationship map (who is who in the decision); null when none.</param>
    /// <param name="communications">The communication programme for the client; null when none.</param>
    /// <param name="negotiation">The negotiation plan; null when none.</param>
    /// <param name="offer">The offer negotiated; null when none.</param>
    /// <param name="accounts">The key accounts run day to day (section 8), one document per client; null or left out reads as none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="classification"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="accounts"/> holds a null entry.</exception>
    public PortfolioDocument(
        string name,
        LocalDate asOf,
        ClassificationPortfolioDocument classification,
        LadderAssessmentSet? ladder = null,
        OpportunityPortfolio? opportunities = null,
        AccountPlan? plan = null,
        int formatVersion = CurrentFormatVersion,
        RelationshipMap? relationships = null,
        CommunicationProgramme? communications = null,
        NegotiationPlan? negotiation = null,
        Offer? offer = null,
        IReadOnlyList<AccountDocument>? accounts = null)
    {
        FormatVersion = formatVersion;
        _name = Require.NotNull(name, nameof(name));
        AsOf = asOf;
        _classification = Require.NotNull(classification, nameof(classification));
        Ladder = ladder;
        Opportunities = opportunities;
        Plan = plan;
        Relationships = relationships;
        Communications = communications;
        Negotiation = negotiation;
        Offer = offer;
        _accounts = Require.Items(accounts, nameof(accounts));
    }

    private readonly string _name;
    private readonly ClassificationPortfolioDocument _classification;

    /// <inheritdoc />
    public int FormatVersion { get; }

    /// <summary>A title for the review.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Name
    {
        get => _name;
        init => _name = Require.NotNull(value, nameof(Name));
    }

    /// <summary>The day the review is made ("today").</summary>
    public LocalDate AsOf { get; init; }

    /// <summary>The clients' evidence and the classification policy.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ClassificationPortfolioDocument Classification
    {
        get => _classification;
        init => _classification = Require.NotNull(value, nameof(Classification));
    }

    /// <summary>The ladder answers of the assessed clients; null when none.</summary>
    public LadderAssessmentSet? Ladder { get; init; }

    /// <summary>The opportunities and the budgets; null when none.</summary>
    public OpportunityPortfolio? Opportunities { get; init; }

    /// <summary>One key-client development plan; null when none.</summary>
    public AccountPlan? Plan { get; init; }

    /// <summary>The client's relationship map; null when none.</summary>
    public RelationshipMap? Relationships { get; init; }

    /// <summary>The communication programme for the client; null when none.</summary>
    public CommunicationProgramme? Communications { get; init; }

    /// <summary>The negotiation plan; null when none.</summary>
    public NegotiationPlan? Negotiation { get; init; }

    /// <summary>The offer negotiated; null when none.</summary>
    public Offer? Offer { get; init; }

    /// <summary>
    /// The key accounts (<see cref="AccountDocument"/>), one per client; empty when none. The
    /// review's health section scores each of them (<c>docs/review.md</c>).
    /// </summary>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<AccountDocument> Accounts
    {
        get => _accounts;
        init => _accounts = Require.Items(value, nameof(Accounts));
    }
}
