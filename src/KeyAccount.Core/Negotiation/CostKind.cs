namespace KeyAccount.Core.Negotiation;

/// <summary>Whether a cost of the client is paid once or again every period.</summary>
public enum CostKind
{
    /// <summary>Paid once, on its date.</summary>
    OneOff = 0,

    /// <summary>Paid on its date and then every <see cref="OfferCost.Every"/>, <see cref="OfferCost.Periods"/> times in all.</summary>
    Recurring = 1,
}
