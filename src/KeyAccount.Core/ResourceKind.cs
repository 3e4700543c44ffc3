namespace KeyAccount.Core;

/// <summary>
/// The three resources the method weighs every opportunity and plan against: time, money and
/// personnel (the method's section 3, "time, money and personnel", and section 4, "personnel,
/// time, finance").
/// </summary>
/// <remarks>
/// Units belong to the area that measures: opportunities count time as a NodaTime
/// <c>Duration</c> reported in hours, money in the analysis' currency and personnel in
/// person-days; a plan's budget names its own unit per resource.
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
