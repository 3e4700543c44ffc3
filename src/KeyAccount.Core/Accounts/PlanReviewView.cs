using System.Collections.Generic;
using KeyAccount.Core.Planning;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// The current plan review of an account as of a date (the latest review held up to it), checked
/// against the plan the account holds: its summary and what the check found.
/// </summary>
/// <param name="Path">Where the review is in the account document: <c>planReviews[2]</c>.</param>
/// <param name="Review">The review record.</param>
/// <param name="Summary">Goals on track, at risk, missed and met, the goals not reviewed, those where the review and the plan's schedule disagree (<see cref="PlanReviewAnalysis"/>).</param>
/// <param name="Diagnostics">The review's findings against the plan (<c>KAP044</c> to <c>KAP051</c>, <c>KAP037</c>), with their paths in the account document (<c>planReviews[2].goals[0].status</c>), sorted; the same as the account's diagnostics under <paramref name="Path"/>, less the account's own checks of the review (client, participants).</param>
/// <param name="Explanation">The summary's sentences and how many findings the check made.</param>
public sealed record PlanReviewView(string Path, PlanReviewRecord Review, PlanReviewSummary Summary, IReadOnlyList<Diagnostic> Diagnostics, string Explanation);
