using System.Collections.Generic;

namespace KeyAccount.Core.Negotiation;

/// <summary>
/// One issue of a negotiation: what is negotiated, which way is better for us, our target and
/// walk-away, our estimate of the client's, the values it may take and how much each side cares.
/// </summary>
/// <remarks>
/// The client's direction is the opposite of ours unless <see cref="ClientDirection"/> says
/// otherwise (an issue both sides want the same way, such as a longer agreement). A side's
/// utility of a value is linear between its walk-away (0) and its target (1); see
/// <c>docs/negotiation.md</c>. Every rule about values is a diagnostic of
/// <see cref="NegotiationPlanValidator"/>.
/// </remarks>
public sealed record NegotiationIssue
{
    /// <summary>Creates an issue.</summary>
    /// <param name="id">The issue's id, unique in the plan.</param>
    /// <param name="kind">What the issue is about.</param>
    /// <param name="direction">Which way is better for us.</param>
    /// <param name="ourTarget">The value we aim for.</param>
    /// <param name="ourWalkAway">The worst value we accept.</param>
    /// <param name="clientTarget">Our estimate of the value the client aims for.</param>
    /// <param name="clientWalkAway">Our estimate of the worst value the client accepts.</param>
    /// <param name="ourWeight">How much we care about the issue, relative to the others; not negative.</param>
    /// <param name="clientWeight">How much (we estimate) the client cares, relative to the others; not negative.</param>
    /// <param name="options">The values the issue may take; give these or <paramref name="range"/>.</param>
    /// <param name="range">The values as a range with a step; give this or <paramref name="options"/>.</param>
    /// <param name="name">A name for people; optional.</param>
    /// <param name="unit">The unit of the values (<c>EUR</c>, <c>days</c>); optional.</param>
    /// <param name="clientDirection">Which way is better for the client; by default the opposite of <paramref name="direction"/>.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="options"/> holds a null entry.</exception>
    public NegotiationIssue(
        string id,
        IssueKind kind,
        IssueDirection direction,
        decimal ourTarget,
        decimal ourWalkAway,
        decimal clientTarget,
        decimal clientWalkAway,
        double ourWeight,
        double clientWeight,
        IReadOnlyList<IssueOption>? options = null,
        IssueRange? range = null,
        string? name = null,
        string? unit = null,
        IssueDirection? clientDirection = null)
    {
        Id = Require.NotNull(id, nameof(id)).Trim();
        Kind = kind;
        Direction = direction;
        OurTarget = ourTarget;
        OurWalkAway = ourWalkAway;
        ClientTarget = clientTarget;
        ClientWalkAway = clientWalkAway;
        OurWeight = ourWeight;
        ClientWeight = clientWeight;
        Options = Require.Items(options, nameof(options));
        Range = range;
        Name = name;
        Unit = unit;
        ClientDirection = clientDirection;
    }

    /// <summary>The issue's id, unique in the plan, trimmed.</summary>
    public string Id { get; }

    /// <summary>What the issue is about.</summary>
    public IssueKind Kind { get; }

    /// <summary>Which way is better for us.</summary>
    public IssueDirection Direction { get; }

    /// <summary>The value we aim for (utility 1 for us).</summary>
    public decimal OurTarget { get; }

    /// <summary>The worst value we accept (utility 0 for us).</summary>
    public decimal OurWalkAway { get; }

    /// <summary>Our estimate of the value the client aims for (utility 1 for the client).</summary>
    public decimal ClientTarget { get; }

    /// <summary>Our estimate of the worst value the client accepts (utility 0 for the client).</summary>
    public decimal ClientWalkAway { get; }

    /// <summary>Our weight of the issue; weights are normalised to sum 1 over the plan's issues.</summary>
    public double OurWeight { get; }

    /// <summary>The client's weight of the issue (our estimate); normalised like <see cref="OurWeight"/>.</summary>
    public double ClientWeight { get; }

    /// <summary>The values the issue may take; empty when <see cref="Range"/> gives them.</summary>
    public IReadOnlyList<IssueOption> Options { get; }

    /// <summary>The values as a range with a step; null when <see cref="Options"/> gives them.</summary>
    public IssueRange? Range { get; }

    /// <summary>A name for people; null for none (the id is used).</summary>
    public string? Name { get; }

    /// <summary>The unit of the values; null for none.</summary>
    public string? Unit { get; }

    /// <summary>Which way is better for the client; null for the opposite of <see cref="Direction"/>.</summary>
    public IssueDirection? ClientDirection { get; }
}
