using System.Collections.Generic;

namespace KeyAccount.Core.Negotiation;

/// <summary>
/// One offer of a concession plan: the full package we put on the table at this step, and what
/// the client gives in exchange for what we concede since the step before.
/// </summary>
public sealed record ConcessionStep
{
    /// <summary>Creates a step.</summary>
    /// <param name="terms">The package offered: one term per issue of the plan.</param>
    /// <param name="inExchangeFor">What the client gives in exchange for this step's concessions; null or blank for nothing.</param>
    /// <param name="note">A note for people; optional.</param>
    /// <exception cref="System.ArgumentException"><paramref name="terms"/> holds a null entry.</exception>
    public ConcessionStep(IReadOnlyList<PackageTerm>? terms, string? inExchangeFor = null, string? note = null)
    {
        Terms = Require.Items(terms, nameof(terms));
        InExchangeFor = inExchangeFor;
        Note = note;
    }

    /// <summary>The package offered, one term per issue.</summary>
    public IReadOnlyList<PackageTerm> Terms { get; }

    /// <summary>What the client gives in exchange; null for nothing.</summary>
    public string? InExchangeFor { get; }

    /// <summary>A note for people; null for none.</summary>
    public string? Note { get; }
}
