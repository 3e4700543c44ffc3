namespace KeyAccount.Core.Ladder;

/// <summary>
/// One rung of the client's perception ladder as the method describes it: name, how the client
/// decides, price sensitivity, loyalty and sign.
/// </summary>
/// <remarks>
/// The four rungs are fixed by the method and are available from <see cref="PerceptionLadder.Rungs"/>;
/// this type has no public constructor. The English texts render the source; <see cref="SourceName"/>
/// and <see cref="SourceSign"/> quote it (Russian).
/// </remarks>
public sealed class LadderRung
{
    internal LadderRung(
        LadderLevel level,
        string name,
        string sourceName,
        string howTheClientDecides,
        string priceSensitivity,
        string loyalty,
        string sign,
        string sourceSign)
    {
        Level = level;
        Name = name;
        SourceName = sourceName;
        HowTheClientDecides = howTheClientDecides;
        PriceSensitivity = priceSensitivity;
        Loyalty = loyalty;
        Sign = sign;
        SourceSign = sourceSign;
    }

    /// <summary>The rung, 1..4.</summary>
    public LadderLevel Level { get; }

    /// <summary>The rung number, 1..4.</summary>
    public int Number => (int)Level;

    /// <summary>The rung's name, for example "commodity broker".</summary>
    public string Name { get; }

    /// <summary>The rung's name as the source gives it (Russian), for example «брокер, торгующий предметами потребления».</summary>
    public string SourceName { get; }

    /// <summary>How the client decides when it sees you on this rung.</summary>
    public string HowTheClientDecides { get; }

    /// <summary>The client's sensitivity to price on this rung: "huge", "still high", "lower", "very low".</summary>
    public string PriceSensitivity { get; }

    /// <summary>The client's loyalty on this rung: "close to zero", "low", "growing", "high".</summary>
    public string Loyalty { get; }

    /// <summary>The sign of the rung: "one of many", "one of several", "one of the chosen", "one of us".</summary>
    public string Sign { get; }

    /// <summary>The sign as the source gives it (Russian), for example «один из многих».</summary>
    /// <remarks>The source gives no explicit sign for rung 4; it calls the partner an insider, «свой человек», which is quoted here.</remarks>
    public string SourceSign { get; }

    /// <summary>
    /// True for rungs 3 and 4: the client sees you as a value adder or business partner, that is as
    /// a partner or adviser for long-term business (the third criterion of a key client).
    /// </summary>
    public bool IsPartnerOrAdviser => Level >= LadderLevel.ValueAdder;

    /// <summary>"rung 2, provider of goods or services with small extra benefits ("one of several")".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "rung " + Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", " + Name + " (\"" + Sign + "\")";
}
