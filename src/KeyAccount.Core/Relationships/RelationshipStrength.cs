namespace KeyAccount.Core.Relationships;

/// <summary>
/// The ordinal scale of a relationship between one of our people and one of the client's. A
/// relationship whose strength was never assessed has none (null), which every analysis keeps
/// apart from <see cref="Weak"/>: "unknown" is not "weak".
/// </summary>
/// <remarks>
/// For influence paths each step of the scale stands for a probability that the contact carries
/// our message (<see cref="StrengthScale.Weight"/>): weak 0.25, moderate 0.5, strong 0.75,
/// close 0.9.
/// </remarks>
public enum RelationshipStrength
{
    /// <summary>They know us by name; a call is returned, not sought (0.25).</summary>
    Weak = 1,

    /// <summary>Regular, businesslike contact; they listen (0.5).</summary>
    Moderate = 2,

    /// <summary>They seek our view and pass it on (0.75).</summary>
    Strong = 3,

    /// <summary>Trust on both sides; they tell us what happens inside (0.9).</summary>
    Close = 4,
}
