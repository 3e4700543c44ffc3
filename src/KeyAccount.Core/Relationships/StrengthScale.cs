using System;

namespace KeyAccount.Core.Relationships;

/// <summary>The documented weights of the <see cref="RelationshipStrength"/> scale, used as link strengths of influence paths.</summary>
public static class StrengthScale
{
    /// <summary>The weight of a step of the scale: weak 0.25, moderate 0.5, strong 0.75, close 0.9.</summary>
    /// <param name="strength">A defined step of the scale.</param>
    /// <returns>The weight, from 0 to 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="strength"/> is not a defined step.</exception>
    public static double Weight(RelationshipStrength strength) => strength switch
    {
        RelationshipStrength.Weak => 0.25,
        RelationshipStrength.Moderate => 0.5,
        RelationshipStrength.Strong => 0.75,
        RelationshipStrength.Close => 0.9,
        _ => throw new ArgumentOutOfRangeException(nameof(strength), strength, "Not a step of the relationship strength scale."),
    };

    /// <summary>True for the four defined steps of the scale.</summary>
    /// <param name="strength">A value.</param>
    /// <returns>True when it is a step of the scale.</returns>
    public static bool IsDefined(RelationshipStrength strength) => strength is >= RelationshipStrength.Weak and <= RelationshipStrength.Close;
}
