using System.Collections.Generic;
using KeyAccount.Core.Json;

namespace KeyAccount.Core.Negotiation;

/// <summary>
/// The preparation of a negotiation with a key client (section 7 of the method): the issues with
/// both sides' targets, walk-aways and weights, both sides' BATNAs, the planned concessions and,
/// once it is over, the outcome.
/// </summary>
/// <remarks>
/// A JSON document read and written through <see cref="KeyAccountJson"/>. It loads whenever it is
/// well-formed; <see cref="NegotiationPlanValidator.Validate"/> reports every defect. Lists left
/// out read as empty. <see cref="NegotiationPreparation.Run"/> validates and analyses it.
/// </remarks>
public sealed record NegotiationPlan : IKeyAccountDocument
{
    /// <summary>The format version this release writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Creates a negotiation plan.</summary>
    /// <param name="id">The plan's id.</param>
    /// <param name="client">The key client negotiated with.</param>
    /// <param name="issues">The issues negotiated.</param>
    /// <param name="opportunity">The id of the opportunity the negotiation turns into business (Opportunities area); optional.</param>
    /// <param name="offer">The id of the offer negotiated; optional.</param>
    /// <param name="ourBatna">Our BATNA; null reads as utility 0 (<c>KAN013</c>).</param>
    /// <param name="clientBatna">Our estimate of the client's BATNA; null reads as utility 0 (<c>KAN013</c>).</param>
    /// <param name="concessions">The concession plan: our offers in the order we mean to make them, the opening first.</param>
    /// <param name="outcome">How it ended; null while it runs.</param>
    /// <param name="title">A title for people; optional.</param>
    /// <param name="formatVersion">The document format version; 0 (left out) reads as 1.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="client"/> is <c>default(ClientId)</c>, or a list holds a null entry.</exception>
    public NegotiationPlan(
        string id,
        ClientId client,
        IReadOnlyList<NegotiationIssue>? issues,
        string? opportunity = null,
        string? offer = null,
        Batna? ourBatna = null,
        Batna? clientBatna = null,
        IReadOnlyList<ConcessionStep>? concessions = null,
        NegotiationOutcome? outcome = null,
        string? title = null,
        int formatVersion = CurrentFormatVersion)
    {
        Id = Require.NotNull(id, nameof(id)).Trim();
        Client = Require.Set(client, nameof(client));
        Issues = Require.Items(issues, nameof(issues));
        Opportunity = opportunity?.Trim();
        Offer = offer?.Trim();
        OurBatna = ourBatna;
        ClientBatna = clientBatna;
        Concessions = Require.Items(concessions, nameof(concessions));
        Outcome = outcome;
        Title = title;
        FormatVersion = formatVersion == 0 ? 1 : formatVersion;
    }

    /// <inheritdoc />
    public int FormatVersion { get; }

    /// <summary>The plan's id, trimmed.</summary>
    public string Id { get; }

    /// <summary>The key client negotiated with.</summary>
    public ClientId Client { get; }

    /// <summary>The issues negotiated.</summary>
    public IReadOnlyList<NegotiationIssue> Issues { get; }

    /// <summary>The opportunity's id; null when not given.</summary>
    public string? Opportunity { get; }

    /// <summary>The offer's id; null when not given.</summary>
    public string? Offer { get; }

    /// <summary>Our BATNA; null when not given (utility 0).</summary>
    public Batna? OurBatna { get; }

    /// <summary>The client's BATNA as we estimate it; null when not given (utility 0).</summary>
    public Batna? ClientBatna { get; }

    /// <summary>The concession plan, the opening offer first; empty when none is planned.</summary>
    public IReadOnlyList<ConcessionStep> Concessions { get; }

    /// <summary>How the negotiation ended; null while it runs.</summary>
    public NegotiationOutcome? Outcome { get; }

    /// <summary>A title for people; null for none.</summary>
    public string? Title { get; }
}
