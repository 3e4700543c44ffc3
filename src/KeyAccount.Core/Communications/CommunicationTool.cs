namespace KeyAccount.Core.Communications;

/// <summary>The tools that carry messages to the client; <see cref="Custom"/> is a tool the programme names itself.</summary>
public enum CommunicationTool
{
    /// <summary>A press release.</summary>
    PressRelease,

    /// <summary>A seminar.</summary>
    Seminar,

    /// <summary>An exhibition or fair.</summary>
    Exhibition,

    /// <summary>A meeting with the client's people.</summary>
    Meeting,

    /// <summary>A presentation.</summary>
    Presentation,

    /// <summary>Sponsorship.</summary>
    Sponsorship,

    /// <summary>A newsletter or information letter.</summary>
    Newsletter,

    /// <summary>A tool the item names in its <c>customTool</c>.</summary>
    Custom,
}
