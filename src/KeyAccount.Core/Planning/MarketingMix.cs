namespace KeyAccount.Core.Planning;

/// <summary>
/// The strategy through the four P's (stage 2 of the method): product or service, price,
/// promotion and place. Each is a <see cref="MixElement"/>; a missing one was not considered.
/// </summary>
public sealed record MarketingMix
{
    /// <summary>Product or service: change the design, stress other benefits, sell other quantities, a radically new offer.</summary>
    public MixElement? Product { get; init; }

    /// <summary>Price: cut it to win a larger share of the client's business, or launch high to maximise the gain.</summary>
    public MixElement? Price { get; init; }

    /// <summary>Promotion: meetings, presentations and seminars, exhibitions and fairs, sponsorship, newsletters.</summary>
    public MixElement? Promotion { get; init; }

    /// <summary>Place: distribution, control procedures, outside delivery, more sales channels.</summary>
    public MixElement? Place { get; init; }
}
