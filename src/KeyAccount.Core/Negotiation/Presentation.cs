using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Negotiation;

/// <summary>
/// The presentation of an offer: who is invited, the problem, the solution, the benefits shown,
/// proof, the ask, and the answers to known objections.
/// </summary>
public sealed record Presentation
{
    /// <summary>Creates a presentation.</summary>
    /// <param name="audience">The people of the client's decision, invited or not.</param>
    /// <param name="problem">The client's problem, as presented.</param>
    /// <param name="solution">The solution, as presented.</param>
    /// <param name="benefitsShown">The ids of the offer's benefits the presentation quantifies.</param>
    /// <param name="proof">The proof offered (references, pilots, figures).</param>
    /// <param name="ask">What we ask the client to decide.</param>
    /// <param name="answers">The answers to objections.</param>
    /// <param name="date">The day of the presentation; optional.</param>
    /// <exception cref="System.ArgumentException">A list holds a null entry.</exception>
    public Presentation(
        IReadOnlyList<PresentationAudience>? audience = null,
        string? problem = null,
        string? solution = null,
        IReadOnlyList<string>? benefitsShown = null,
        IReadOnlyList<string>? proof = null,
        string? ask = null,
        IReadOnlyList<ObjectionAnswer>? answers = null,
        LocalDate? date = null)
    {
        Audience = Require.Items(audience, nameof(audience));
        Problem = problem;
        Solution = solution;
        BenefitsShown = Require.Items(benefitsShown, nameof(benefitsShown));
        Proof = Require.Items(proof, nameof(proof));
        Ask = ask;
        Answers = Require.Items(answers, nameof(answers));
        Date = date;
    }

    /// <summary>The people of the client's decision.</summary>
    public IReadOnlyList<PresentationAudience> Audience { get; }

    /// <summary>The problem as presented; null when left out.</summary>
    public string? Problem { get; }

    /// <summary>The solution as presented; null when left out.</summary>
    public string? Solution { get; }

    /// <summary>The ids of the benefits shown.</summary>
    public IReadOnlyList<string> BenefitsShown { get; }

    /// <summary>The proof offered.</summary>
    public IReadOnlyList<string> Proof { get; }

    /// <summary>What we ask for; null when left out.</summary>
    public string? Ask { get; }

    /// <summary>The answers to objections.</summary>
    public IReadOnlyList<ObjectionAnswer> Answers { get; }

    /// <summary>The day; null when not set.</summary>
    public LocalDate? Date { get; }
}
