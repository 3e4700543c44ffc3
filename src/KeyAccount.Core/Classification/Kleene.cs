namespace KeyAccount.Core.Classification;

/// <summary>Three-valued (Kleene) logic over <see cref="CriterionOutcome"/>: unknown stays unknown unless the known part decides.</summary>
internal static class Kleene
{
    /// <summary>Met when both are met; not met when either is not met; otherwise unknown.</summary>
    public static CriterionOutcome And(CriterionOutcome a, CriterionOutcome b) =>
        a == CriterionOutcome.NotMet || b == CriterionOutcome.NotMet ? CriterionOutcome.NotMet
        : a == CriterionOutcome.Met && b == CriterionOutcome.Met ? CriterionOutcome.Met
        : CriterionOutcome.Unknown;

    /// <summary>Met when either is met; not met when both are not met; otherwise unknown.</summary>
    public static CriterionOutcome Or(CriterionOutcome a, CriterionOutcome b) =>
        a == CriterionOutcome.Met || b == CriterionOutcome.Met ? CriterionOutcome.Met
        : a == CriterionOutcome.NotMet && b == CriterionOutcome.NotMet ? CriterionOutcome.NotMet
        : CriterionOutcome.Unknown;

    /// <summary>"At least <paramref name="required"/> of the periods": met when the known successes reach it, not met when even the unknown periods could not, else unknown.</summary>
    public static CriterionOutcome AtLeast(int successes, int unknown, int required) =>
        successes >= required ? CriterionOutcome.Met
        : successes + unknown < required ? CriterionOutcome.NotMet
        : CriterionOutcome.Unknown;

    /// <summary>Met or not met from a known comparison.</summary>
    public static CriterionOutcome From(bool holds) => holds ? CriterionOutcome.Met : CriterionOutcome.NotMet;
}
