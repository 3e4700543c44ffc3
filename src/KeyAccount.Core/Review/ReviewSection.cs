namespace KeyAccount.Core.Review;

/// <summary>
/// One section of a review, in the method's order: which area, its title, and whether it was
/// analysed. The section's figures are the member of <see cref="PortfolioReviewResult"/> named
/// <see cref="Key"/>, and its diagnostics carry paths that start with the portfolio's member.
/// </summary>
/// <param name="Key">The section's member in the review's JSON (<c>pareto</c>, <c>classification</c>, <c>ladder</c>, <c>opportunities</c>, <c>plan</c>).</param>
/// <param name="Title">The section's title for people, without a number (<c>Key clients, with the reasons</c>).</param>
/// <param name="Analysed">True when the area's part is in the portfolio and no error stood in the way of its analysis.</param>
public sealed record ReviewSection(string Key, string Title, bool Analysed);
