using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Communications;

/// <summary>
/// Which tools suit which message types, and why: the matrix the method asks for when it matches
/// message types with tools. Items that pair a message with a tool judged unsuitable are warned
/// about (<c>KAC018</c>) with the reason.
/// </summary>
/// <remarks>
/// A pair the matrix does not judge counts as suitable (custom tools are never judged).
/// <see cref="Default"/> is drawn from the method (see <c>docs/communications.md</c>); a programme
/// replaces it through <see cref="CommunicationSettings.Suitability"/>.
/// </remarks>
public sealed record SuitabilityMatrix
{
    private readonly IReadOnlyList<ToolSuitability> _entries = Array.Empty<ToolSuitability>();

    /// <summary>Creates a matrix.</summary>
    /// <param name="entries">The judgements; null reads as none (everything suits).</param>
    /// <exception cref="ArgumentException"><paramref name="entries"/> holds a null entry.</exception>
    public SuitabilityMatrix(IReadOnlyList<ToolSuitability>? entries = null)
    {
        Entries = entries!;
    }

    /// <summary>The judgements, one per message type and tool at most (<c>KAC019</c>).</summary>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<ToolSuitability> Entries
    {
        get => _entries;
        init => _entries = Require.Items(value, nameof(Entries));
    }

    /// <summary>
    /// The default matrix, from the method's three functions: tools that speak to the public
    /// (press release, exhibition, sponsorship) make the company and the product widely known;
    /// tools that speak with the client's people (meeting, seminar, presentation) carry the
    /// partnership messages, sector trends and critical market factors, which are advice and often
    /// confidential; the newsletter keeps the client informed of how the offer evolves.
    /// </summary>
    public static SuitabilityMatrix Default { get; } = new(new[]
    {
        Yes(MessageType.Company, CommunicationTool.PressRelease, "Size, market share and innovation are news: a press release makes the company widely known through the client."),
        Yes(MessageType.Company, CommunicationTool.Seminar, "A seminar shows the company's expertise by teaching it."),
        Yes(MessageType.Company, CommunicationTool.Exhibition, "An exhibition stand shows the company's size and range to the client's people and its market."),
        Yes(MessageType.Company, CommunicationTool.Meeting, "A meeting lets the client judge the company as a long-term partner."),
        Yes(MessageType.Company, CommunicationTool.Presentation, "A presentation of the company backs the partnership with facts."),
        Yes(MessageType.Company, CommunicationTool.Sponsorship, "Sponsorship carries the company's name: it builds reputation, not detail."),
        Yes(MessageType.Company, CommunicationTool.Newsletter, "A newsletter keeps the client informed of the company's news."),

        Yes(MessageType.Product, CommunicationTool.PressRelease, "A launch or a new brand is news that makes the product widely known."),
        Yes(MessageType.Product, CommunicationTool.Seminar, "A seminar demonstrates the benefits and trains the client's staff to sell them."),
        Yes(MessageType.Product, CommunicationTool.Exhibition, "Products are shown and tried at exhibitions and fairs."),
        Yes(MessageType.Product, CommunicationTool.Meeting, "Planned development is discussed in a meeting, before it is public."),
        Yes(MessageType.Product, CommunicationTool.Presentation, "A presentation sets out benefits and the brand portfolio to the people who decide."),
        No(MessageType.Product, CommunicationTool.Sponsorship, "Sponsorship carries a name, not a product's benefits or its planned development."),
        Yes(MessageType.Product, CommunicationTool.Newsletter, "A newsletter keeps the client informed of how the offer available to it evolves."),

        No(MessageType.SectorTrends, CommunicationTool.PressRelease, "The trends of the client's sector are advice to the client, not news for the public."),
        Yes(MessageType.SectorTrends, CommunicationTool.Seminar, "A seminar on the sector's trends is advice beyond your remit: it strengthens the partnership."),
        No(MessageType.SectorTrends, CommunicationTool.Exhibition, "An exhibition stand shows products; it does not carry an analysis of the client's sector."),
        Yes(MessageType.SectorTrends, CommunicationTool.Meeting, "Trends are discussed with the client's people, as a partner does."),
        Yes(MessageType.SectorTrends, CommunicationTool.Presentation, "A presentation of the sector's trends supports the client's own planning."),
        No(MessageType.SectorTrends, CommunicationTool.Sponsorship, "Sponsorship carries no content about the client's sector."),
        Yes(MessageType.SectorTrends, CommunicationTool.Newsletter, "A newsletter can digest the sector's trends for the client regularly."),

        No(MessageType.MarketFactors, CommunicationTool.PressRelease, "Critical market factors (new competitors, regulation) touch the client's position: they are not published."),
        Yes(MessageType.MarketFactors, CommunicationTool.Seminar, "A seminar explains technological change or new regulation to the client's staff."),
        No(MessageType.MarketFactors, CommunicationTool.Exhibition, "An exhibition is public and product-centred: no place for the client's critical factors."),
        Yes(MessageType.MarketFactors, CommunicationTool.Meeting, "Critical factors are discussed in confidence, in a meeting with the people who decide."),
        Yes(MessageType.MarketFactors, CommunicationTool.Presentation, "A presentation to the client's management shows what a critical factor means for it."),
        No(MessageType.MarketFactors, CommunicationTool.Sponsorship, "Sponsorship carries no content about market factors."),
        Yes(MessageType.MarketFactors, CommunicationTool.Newsletter, "A newsletter keeps the client informed of regulation and technology as they change."),
    });

    /// <summary>The judgement of a pair; null when the matrix does not judge it (it then counts as suitable).</summary>
    /// <param name="type">The message type.</param>
    /// <param name="tool">The tool.</param>
    /// <returns>The first judgement of the pair, or null.</returns>
    public ToolSuitability? Find(MessageType type, CommunicationTool tool)
    {
        foreach (var entry in _entries)
        {
            if (entry.Type == type && entry.Tool == tool)
            {
                return entry;
            }
        }

        return null;
    }

    private static ToolSuitability Yes(MessageType type, CommunicationTool tool, string reason) => new(type, tool, true, reason);

    private static ToolSuitability No(MessageType type, CommunicationTool tool, string reason) => new(type, tool, false, reason);
}
