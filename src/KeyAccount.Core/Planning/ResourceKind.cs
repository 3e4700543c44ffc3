namespace KeyAccount.Core.Planning;

/// <summary>The three kinds of resource the method asks a plan to estimate.</summary>
public enum ResourceKind
{
    /// <summary>People: for example person-days of a team.</summary>
    Personnel = 0,

    /// <summary>Time: for example hours of the key account manager.</summary>
    Time = 1,

    /// <summary>Money: an amount in the plan's currency (the budget's unit names it).</summary>
    Finance = 2,
}
