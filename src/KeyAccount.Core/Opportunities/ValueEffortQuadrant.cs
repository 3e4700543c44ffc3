namespace KeyAccount.Core.Opportunities;

/// <summary>The quadrant of the value-against-effort matrix an opportunity falls in.</summary>
public enum ValueEffortQuadrant
{
    /// <summary>High value, low effort: do first.</summary>
    QuickWin = 0,

    /// <summary>High value, high effort: plan and resource deliberately.</summary>
    MajorProject = 1,

    /// <summary>Low value, low effort: do when there is spare capacity.</summary>
    FillIn = 2,

    /// <summary>Low value, high effort: avoid or rethink.</summary>
    ThanklessTask = 3,
}
