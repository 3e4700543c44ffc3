namespace KeyAccount.Core;

/// <summary>
/// The three resources the method weighs every opportunity and plan against: time, money and
/// personnel (the method's section 3, "time, money and personnel", and section 4, "personnel,
/// time, finance").
/// </summary>
/// <remarks>
/// One model for every area: <see cref="ResourceAmounts"/> holds time (a NodaTime <c>Duration</c>,
/// reported in hours), money (in the document's currency) and personnel (person-days), and
/// <see cref="ResourceAmounts.UnitOf"/> names each kind's standard unit, the one a plan's budget
/// line uses to take amounts from the Opportunities area (<c>Planning.PlanBudget.Add</c>).
/// </remarks>
public enum ResourceKind
{
    /// <summary>Working time.</summary>
    Time = 0,

    /// <summary>Money (finance), in one stated currency.</summary>
    Money = 1,

    /// <summary>People, for example person-days.</summary>
    Personnel = 2,
}
