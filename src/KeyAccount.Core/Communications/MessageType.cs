namespace KeyAccount.Core.Communications;

/// <summary>The four types of message of the method; each has its own <see cref="MessageSubject"/>s.</summary>
public enum MessageType
{
    /// <summary>Your company: size, market share, expertise, innovation.</summary>
    Company,

    /// <summary>Your product or service: benefits, brand portfolio, planned development.</summary>
    Product,

    /// <summary>The main trends of the client's sector.</summary>
    SectorTrends,

    /// <summary>The critical market factors for the client: technological change, demographics, new competitors, government regulation.</summary>
    MarketFactors,
}
