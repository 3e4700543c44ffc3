namespace KeyAccount.Core.Opportunities;

/// <summary>Where an opportunity was found: the analyses the method names for locating opportunities.</summary>
public enum OpportunitySource
{
    /// <summary>Analysis of the client's business goals.</summary>
    ClientBusinessGoals = 0,

    /// <summary>Analysis of the client's competitors, or your own.</summary>
    CompetitorAnalysis = 1,

    /// <summary>Quantitative sales figures (volumes, revenue, share of wallet).</summary>
    QuantitativeSalesFigures = 2,

    /// <summary>Qualitative sales figures (feedback, satisfaction, the client's perception).</summary>
    QualitativeSalesFigures = 3,

    /// <summary>Found another way.</summary>
    Other = 4,
}
