using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Communications;

/// <summary>Which <see cref="MessageSubject"/> belongs to which <see cref="MessageType"/>, as the method lists them.</summary>
public static class MessageSubjects
{
    private static readonly MessageSubject[] Company = { MessageSubject.Size, MessageSubject.MarketShare, MessageSubject.Expertise, MessageSubject.Innovation };
    private static readonly MessageSubject[] Product = { MessageSubject.Benefits, MessageSubject.BrandPortfolio, MessageSubject.PlannedDevelopment };
    private static readonly MessageSubject[] Trends = { MessageSubject.MainTrends };
    private static readonly MessageSubject[] Factors = { MessageSubject.TechnologicalChange, MessageSubject.Demographics, MessageSubject.NewCompetitors, MessageSubject.GovernmentRegulation };

    /// <summary>The type a subject belongs to.</summary>
    /// <param name="subject">A defined subject.</param>
    /// <returns>Its message type.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="subject"/> is not a defined subject.</exception>
    public static MessageType TypeOf(MessageSubject subject) => subject switch
    {
        MessageSubject.Size or MessageSubject.MarketShare or MessageSubject.Expertise or MessageSubject.Innovation => MessageType.Company,
        MessageSubject.Benefits or MessageSubject.BrandPortfolio or MessageSubject.PlannedDevelopment => MessageType.Product,
        MessageSubject.MainTrends => MessageType.SectorTrends,
        MessageSubject.TechnologicalChange or MessageSubject.Demographics or MessageSubject.NewCompetitors or MessageSubject.GovernmentRegulation => MessageType.MarketFactors,
        _ => throw new ArgumentOutOfRangeException(nameof(subject), subject, "Not a defined message subject."),
    };

    /// <summary>The subjects of a type, in the method's order.</summary>
    /// <param name="type">A defined type.</param>
    /// <returns>Its subjects.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined type.</exception>
    public static IReadOnlyList<MessageSubject> Of(MessageType type) => type switch
    {
        MessageType.Company => Company,
        MessageType.Product => Product,
        MessageType.SectorTrends => Trends,
        MessageType.MarketFactors => Factors,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a defined message type."),
    };

    /// <summary>The critical market factors: the subjects of <see cref="MessageType.MarketFactors"/>.</summary>
    public static IReadOnlyList<MessageSubject> CriticalMarketFactors => Factors;
}
