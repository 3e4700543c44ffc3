using NodaTime;

namespace KeyAccount.Core.Planning;

/// <summary>One entry of a plan's status history: the plan reached <see cref="Status"/> on <see cref="On"/>.</summary>
/// <param name="Status">The status reached. An undefined value loads and is reported by the validator (<c>KAP037</c>).</param>
/// <param name="On">The date it was reached.</param>
public sealed record PlanStatusChange(PlanStatus Status, LocalDate On)
{
    /// <summary>An optional note: who decided, what changed.</summary>
    public string? Note { get; init; }
}
