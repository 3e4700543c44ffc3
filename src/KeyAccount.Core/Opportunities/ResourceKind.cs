namespace KeyAccount.Core.Opportunities;

/// <summary>The three resources the method weighs every opportunity against.</summary>
public enum ResourceKind
{
    /// <summary>Working time, a NodaTime <c>Duration</c>; reported in hours.</summary>
    Time = 0,

    /// <summary>Money, in the portfolio's currency.</summary>
    Money = 1,

    /// <summary>Personnel, in person-days.</summary>
    Personnel = 2,
}
