namespace KeyAccount.Core.Pareto;

/// <summary>The class of a client in an ABC analysis.</summary>
public enum AbcClass
{
    /// <summary>The few clients with the largest amounts, that bring most of the value.</summary>
    A = 1,

    /// <summary>The middle: clients that bring value in proportion to their number, roughly.</summary>
    B = 2,

    /// <summary>The many clients with small (or zero or negative) amounts.</summary>
    C = 3,
}
