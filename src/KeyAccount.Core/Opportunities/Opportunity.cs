using System;
using System.Text.Json.Serialization;

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
    /// <param name="id">Unique id within the portfolio; trimmed. An empty id loads and is reported (<c>KAO006</c>).</param>
    /// <param name="client">The client the opportunity is at.</param>
    /// <param name="title">A short description. An empty title loads and is reported (<c>KAO006</c>).</param>
    /// <param name="class">The class of opportunity. An undefined value loads and is reported (<c>KAO007</c>).</param>
    /// <param name="source">Where it was found. An undefined value loads and is reported (<c>KAO007</c>).</param>
    /// <param name="benefit">The benefit if it succeeds, in the portfolio's currency; a negative one loads and is reported (<c>KAO008</c>).</param>
    /// <param name="probability">The probability of success, from 0 to 1 inclusive; one outside loads and is reported (<c>KAO009</c>).</param>
    /// <param name="needs">The time, money and personnel it needs; negative needs load and are reported (<c>KAO010</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="title"/> or <paramref name="needs"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="client"/> is <c>default(ClientId)</c>.</exception>
    public Opportunity(string id, ClientId client, string title, OpportunityClass @class, OpportunitySource source, decimal benefit, decimal probability, ResourceAmounts needs)
    {
        Id = Require.NotNull(id, nameof(id)).Trim();
        Client = Require.Set(client, nameof(client));
        Title = Require.NotNull(title, nameof(title));
        Class = @class;
        Source = source;
        Benefit = benefit;
        Probability = probability;
        Needs = Require.NotNull(needs, nameof(needs));
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

    /// <summary>Benefit times probability, exact (the choice counts it to at most six decimals: see <see cref="OpportunitySelector"/>).</summary>
    [JsonIgnore]
    public decimal ExpectedReturn => Benefit * Probability;
}
