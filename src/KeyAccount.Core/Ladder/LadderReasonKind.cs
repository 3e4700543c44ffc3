namespace KeyAccount.Core.Ladder;

/// <summary>What a <see cref="LadderReason"/> says about the position.</summary>
public enum LadderReasonKind
{
    /// <summary>A ceiling holds you below a rung.</summary>
    Ceiling = 1,

    /// <summary>A signal that raises you (favourability at least one half).</summary>
    Raises = 2,

    /// <summary>A signal that lowers you (favourability below one half).</summary>
    Lowers = 3,

    /// <summary>Two signals contradict each other; the confidence is lower.</summary>
    Contradiction = 4,

    /// <summary>A question not answered or an indicator not measured; the confidence is lower.</summary>
    Unknown = 5,
}
