namespace KeyAccount.Core.Planning;

/// <summary>Whether a goal can be met by its deadline, as far as the schedule of its actions tells.</summary>
public enum GoalOutlook
{
    /// <summary>The deadline or the earliest date the goal can be met is unknown.</summary>
    Unknown = 0,

    /// <summary>The actions serving the goal can all be done by its deadline.</summary>
    OnTime = 1,

    /// <summary>The actions serving the goal cannot all be done by its deadline.</summary>
    Late = 2,
}
