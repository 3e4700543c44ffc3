namespace KeyAccount.Core.Accounts;

/// <summary>A decision of the diary that no commitment follows up: the method's "support of the decisions taken" is missing for it.</summary>
/// <param name="Entry">The id of the diary entry that took it.</param>
/// <param name="Decision">The decision.</param>
/// <param name="Explanation">One sentence.</param>
public sealed record DecisionWithoutFollowUp(string Entry, DiaryDecision Decision, string Explanation);
