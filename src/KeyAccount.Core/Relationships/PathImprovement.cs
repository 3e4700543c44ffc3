namespace KeyAccount.Core.Relationships;

/// <summary>How a new relationship would raise the strongest path to one decision maker.</summary>
/// <param name="DecisionMaker">The decision maker's id.</param>
/// <param name="Before">The strongest path's strength before (0 when none or only unknown).</param>
/// <param name="After">The strength with the new relationship.</param>
public sealed record PathImprovement(string DecisionMaker, double Before, double After);
