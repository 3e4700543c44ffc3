using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>One review of an approved plan: the plan was gone through on <see cref="On"/>.</summary>
/// <param name="On">The date of the review.</param>
public sealed record PlanReview(LocalDate On)
{
    /// <summary>Who reviewed the plan; optional.</summary>
    public string? By { get; init; }

    /// <summary>What the review found or changed; optional.</summary>
    public string? Note { get; init; }
}
