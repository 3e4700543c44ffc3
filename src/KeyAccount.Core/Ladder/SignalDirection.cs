namespace KeyAccount.Core.Ladder;

/// <summary>Whether a more frequent answer to a ladder question raises you on the ladder or lowers you.</summary>
public enum SignalDirection
{
    /// <summary>The more often it holds, the higher you stand (for example "likes to discuss business problems with you").</summary>
    Raises = 1,

    /// <summary>The more often it holds, the lower you stand (for example "prefers competitors' offers").</summary>
    Lowers = 2,
}
