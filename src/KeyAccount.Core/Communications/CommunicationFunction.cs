namespace KeyAccount.Core.Communications;

/// <summary>The three functions of a communication programme toward a key client (section 6 of the method).</summary>
public enum CommunicationFunction
{
    /// <summary>Make the product widely known through the key client.</summary>
    MakeKnown,

    /// <summary>Strengthen the strategic partnership.</summary>
    StrengthenPartnership,

    /// <summary>Keep the client informed of how the offer available to it evolves.</summary>
    KeepInformed,
}
