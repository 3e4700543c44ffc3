namespace KeyAccount.Core.Opportunities;

/// <summary>
/// The class an opportunity belongs to. The method names three classes (increase the use or sales
/// of your existing product, improve the level of service, expand the business) and mentions other
/// kinds of opportunity a key client offers (market information, access to influential people).
/// </summary>
public enum OpportunityClass
{
    /// <summary>Increase the use or sales of your existing product or service at the client.</summary>
    IncreaseExistingProductUse = 0,

    /// <summary>Improve the level of service to the client.</summary>
    ImproveService = 1,

    /// <summary>Expand the business: new products, new sites, new parts of the client's company.</summary>
    ExpandBusiness = 2,

    /// <summary>Gather market information through the client (needs, trends, competitors).</summary>
    MarketInformation = 3,

    /// <summary>Meet influential people: access to decision makers in the client's company or its market.</summary>
    AccessToInfluentialPeople = 4,

    /// <summary>Any other kind of opportunity.</summary>
    Other = 5,
}
