namespace KeyAccount.Core.Negotiation;

/// <summary>Our side of the offer's price: list price, discount, our floor and our cost.</summary>
/// <param name="ListPrice">The list price of what the offer sells, for the whole deal.</param>
/// <param name="Discount">The discount on the list price, a share from 0 to 1.</param>
/// <param name="FloorPrice">The lowest net price we accept.</param>
/// <param name="OurCost">Our cost of delivering the offer; the margin is the net price less this.</param>
public sealed record OfferPricing(Money ListPrice, double Discount, Money FloorPrice, Money OurCost);
