namespace KeyAccount.Core.Classification;

/// <summary>The four criteria of the method by which a client earns the title "key" (DOMAIN.md, section 1).</summary>
public enum KeyCriterion
{
    /// <summary>1. Steadily generates high profit: in the vital few of the 20/80 rule period after period.</summary>
    SteadyHighProfit = 0,

    /// <summary>2. Constantly creates further opportunities to grow sales.</summary>
    GrowthOpportunities = 1,

    /// <summary>3. Regards you as a reliable partner or adviser for long-term business.</summary>
    TrustedPartner = 2,

    /// <summary>4. Is an industry leader or can lastingly shape its sector's market.</summary>
    MarketLeadership = 3,
}
