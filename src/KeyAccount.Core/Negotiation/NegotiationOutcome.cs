using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Negotiation;

/// <summary>The record of how a negotiation ended: the package agreed and, when known, the client's opening.</summary>
public sealed record NegotiationOutcome
{
    /// <summary>Creates an outcome.</summary>
    /// <param name="agreed">The agreed package, one term per issue.</param>
    /// <param name="date">The day of the agreement; optional.</param>
    /// <param name="clientOpening">The client's opening package; optional (concessions received are then measured from the client's estimated targets).</param>
    /// <param name="note">A note for people; optional.</param>
    /// <exception cref="System.ArgumentException">A list holds a null entry.</exception>
    public NegotiationOutcome(IReadOnlyList<PackageTerm>? agreed, LocalDate? date = null, IReadOnlyList<PackageTerm>? clientOpening = null, string? note = null)
    {
        Agreed = Require.Items(agreed, nameof(agreed));
        Date = date;
        ClientOpening = Require.Items(clientOpening, nameof(clientOpening));
        Note = note;
    }

    /// <summary>The agreed package.</summary>
    public IReadOnlyList<PackageTerm> Agreed { get; }

    /// <summary>The day of the agreement; null when not recorded.</summary>
    public LocalDate? Date { get; }

    /// <summary>The client's opening package; empty when not recorded.</summary>
    public IReadOnlyList<PackageTerm> ClientOpening { get; }

    /// <summary>A note for people; null for none.</summary>
    public string? Note { get; }
}
