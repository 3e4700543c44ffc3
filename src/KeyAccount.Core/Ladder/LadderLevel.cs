namespace KeyAccount.Core.Ladder;

/// <summary>
/// A rung of the client's perception ladder, numbered 1 to 4 from the bottom as in the method.
/// </summary>
/// <remarks>
/// The numeric value is the rung number, so <c>(int)level</c> is 1..4 and levels compare with
/// <c>&lt;</c> and <c>&gt;</c>. <c>default(LadderLevel)</c> (0) is not a rung and no analysis
/// returns it. <see cref="PerceptionLadder.Rung(LadderLevel)"/> gives each rung's name, sign, price
/// sensitivity and loyalty. In JSON a level is its name (<c>"ValueAdder"</c>).
/// </remarks>
public enum LadderLevel
{
    /// <summary>Rung 1, commodity broker: price is the only factor; sign "one of many".</summary>
    CommodityBroker = 1,

    /// <summary>Rung 2, provider of goods or services with small extra benefits; sign "one of several".</summary>
    Provider = 2,

    /// <summary>Rung 3, value adder: you help the client reach its own goals; sign "one of the chosen".</summary>
    ValueAdder = 3,

    /// <summary>Rung 4, business partner: an insider whose strategic advice keeps contributing to the client's success; sign "one of us".</summary>
    BusinessPartner = 4,
}
