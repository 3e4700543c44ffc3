using System;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace KeyAccount.Core.Opportunities;

/// <summary>
/// One opportunity at a key client: what it is, where it was found, what it is expected to bring
/// and what it needs in time, money and personnel.
/// </summary>
/// <remarks>
/// The expected benefit is an amount in the portfolio's currency (over whatever horizon the
/// portfolio uses, the same for all its opportunities) with a probability of success;
/// <see cref="ExpectedReturn"/> is their product, exact. Ids are compared ordinally and break ties
/// in every ranking and choice.
/// </remarks>
public sealed record Opportunity
{
    /// <summary>Creates an opportunity.</summary>
    /// <param name="id">Unique id within the portfolio; trimmed, not empty.</param>
    /// <param name="client">The client the opportunity is at.</param>
    /// <param name="title">A short description; not empty.</param>
    /// <param name="class">The class of opportunity.</param>
    /// <param name="source">Where it was found.</param>
    /// <param name="benefit">The benefit if it succeeds, in the portfolio's currency; zero or more.</param>
    /// <param name="probability">The probability of success, from 0 to 1 inclusive.</param>
    /// <param name="needs">The time, money and personnel it needs.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="title"/> is empty, <paramref name="client"/> is <c>default</c>, or an enum value is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="benefit"/> is negative or <paramref name="probability"/> is outside [0, 1].</exception>
    public Opportunity(string id, ClientId client, string title, OpportunityClass @class, OpportunitySource source, decimal benefit, decimal probability, ResourceAmounts needs)
    {
        Id = Guard.Against.NullOrWhiteSpace(id, nameof(id)).Trim();
        if (client.IsDefault)
        {
            throw new ArgumentException("The client must be set (default(ClientId) is not a client).", nameof(client));
        }

        Client = client;
        Title = Guard.Against.NullOrWhiteSpace(title, nameof(title));
        Class = Guard.Against.EnumOutOfRange(@class, nameof(@class));
        Source = Guard.Against.EnumOutOfRange(source, nameof(source));
        if (benefit < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(benefit), benefit, $"The benefit of opportunity '{Id}' must be zero or more.");
        }

        if (probability < 0m || probability > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, $"The probability of opportunity '{Id}' must be from 0 to 1.");
        }

        Benefit = benefit;
        Probability = probability;
        Needs = Guard.Against.Null(needs, nameof(needs));
    }

    /// <summary>Unique id within the portfolio.</summary>
    public string Id { get; }

    /// <summary>The client the opportunity is at.</summary>
    public ClientId Client { get; }

    /// <summary>A short description.</summary>
    public string Title { get; }

    /// <summary>The class of opportunity.</summary>
    public OpportunityClass Class { get; }

    /// <summary>Where it was found.</summary>
    public OpportunitySource Source { get; }

    /// <summary>The benefit if it succeeds, in the portfolio's currency.</summary>
    public decimal Benefit { get; }

    /// <summary>The probability of success, from 0 to 1.</summary>
    public decimal Probability { get; }

    /// <summary>The time, money and personnel it needs.</summary>
    public ResourceAmounts Needs { get; }

    /// <summary>Benefit times probability, exact; the value the choice under budgets maximises.</summary>
    [JsonIgnore]
    public decimal ExpectedReturn => Benefit * Probability;
}
