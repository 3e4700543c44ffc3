namespace KeyAccount.Core.Communications;

/// <summary>
/// The subjects of the method's message types; each belongs to exactly one <see cref="MessageType"/>
/// (see <see cref="MessageSubjects.TypeOf"/>).
/// </summary>
public enum MessageSubject
{
    /// <summary>Company: its size.</summary>
    Size,

    /// <summary>Company: its market share.</summary>
    MarketShare,

    /// <summary>Company: its expertise.</summary>
    Expertise,

    /// <summary>Company: its innovation.</summary>
    Innovation,

    /// <summary>Product or service: its benefits.</summary>
    Benefits,

    /// <summary>Product or service: the brand portfolio.</summary>
    BrandPortfolio,

    /// <summary>Product or service: its planned development.</summary>
    PlannedDevelopment,

    /// <summary>Sector trends: the main trends of the client's sector.</summary>
    MainTrends,

    /// <summary>Critical market factor: technological change.</summary>
    TechnologicalChange,

    /// <summary>Critical market factor: demographics of the population and of consumer groups.</summary>
    Demographics,

    /// <summary>Critical market factor: new competitors.</summary>
    NewCompetitors,

    /// <summary>Critical market factor: government regulation.</summary>
    GovernmentRegulation,
}
