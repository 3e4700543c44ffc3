using System.Collections.Generic;
using KeyAccount.Core.Planning;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// The key client's profile (section 8 of the method: "compiling the key client's profile"): who the
/// client is, what it wants and what it buys from us.
/// </summary>
/// <remarks>
/// Every field is optional in the model; the onboarding checklist and the lifecycle's guard into
/// <see cref="AccountStage.Profiled"/> say which ones a complete profile needs. The client's goals
/// are the same goals as the development plan's client goals (same ids): the validator reports a
/// difference.
/// </remarks>
public sealed record AccountProfile
{
    /// <summary>Creates a profile.</summary>
    /// <param name="name">The client's name.</param>
    /// <param name="sector">The client's sector.</param>
    /// <param name="size">The client's size in words (employees, turnover, outlets); optional.</param>
    /// <param name="locations">Where the client operates.</param>
    /// <param name="ownership">Who owns the client (family, listed, group subsidiary); optional.</param>
    /// <param name="strategy">The client's strategy in its own words; optional.</param>
    /// <param name="goals">The client's goals, shared with the development plan's client goals by id.</param>
    /// <param name="productsBought">What the client buys from us.</param>
    /// <param name="shareOfWallet">Our share of what the client spends on what we offer, from 0 to 1; optional, a value outside is reported.</param>
    /// <param name="keyFacts">Key facts with their source and date.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> or <paramref name="sector"/> is null.</exception>
    /// <exception cref="System.ArgumentException">A list holds a null entry.</exception>
    public AccountProfile(
        string name,
        string sector,
        string? size = null,
        IReadOnlyList<string>? locations = null,
        string? ownership = null,
        string? strategy = null,
        IReadOnlyList<ClientGoal>? goals = null,
        IReadOnlyList<string>? productsBought = null,
        double? shareOfWallet = null,
        IReadOnlyList<KeyFact>? keyFacts = null)
    {
        Name = Require.NotNull(name, nameof(name));
        Sector = Require.NotNull(sector, nameof(sector));
        Size = size;
        Locations = Require.Items(locations, nameof(locations));
        Ownership = ownership;
        Strategy = strategy;
        Goals = Require.Items(goals, nameof(goals));
        ProductsBought = Require.Items(productsBought, nameof(productsBought));
        ShareOfWallet = shareOfWallet;
        KeyFacts = Require.Items(keyFacts, nameof(keyFacts));
    }

    /// <summary>The client's name.</summary>
    public string Name { get; }

    /// <summary>The client's sector.</summary>
    public string Sector { get; }

    /// <summary>The client's size in words; null when not given.</summary>
    public string? Size { get; }

    /// <summary>Where the client operates.</summary>
    public IReadOnlyList<string> Locations { get; }

    /// <summary>Who owns the client; null when not given.</summary>
    public string? Ownership { get; }

    /// <summary>The client's strategy; null when not given.</summary>
    public string? Strategy { get; }

    /// <summary>The client's goals (the plan's client goals, by the same ids).</summary>
    public IReadOnlyList<ClientGoal> Goals { get; }

    /// <summary>What the client buys from us.</summary>
    public IReadOnlyList<string> ProductsBought { get; }

    /// <summary>Our share of the client's spending on what we offer, from 0 to 1; null when not known.</summary>
    public double? ShareOfWallet { get; }

    /// <summary>Key facts with their source and date.</summary>
    public IReadOnlyList<KeyFact> KeyFacts { get; }
}
