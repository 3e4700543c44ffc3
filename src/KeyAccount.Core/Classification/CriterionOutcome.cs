namespace KeyAccount.Core.Classification;

/// <summary>The three-valued outcome of one criterion for one client.</summary>
/// <remarks>
/// <see cref="Unknown"/> is the default value on purpose: a criterion nobody evaluated never
/// reads as <see cref="NotMet"/>. Unknown means the evidence is missing, or the missing part of it
/// could still change the answer; it is never counted as met nor as not met.
/// </remarks>
public enum CriterionOutcome
{
    /// <summary>The evidence is missing or incomplete enough that either answer is still possible.</summary>
    Unknown = 0,

    /// <summary>The evidence shows the criterion does not hold.</summary>
    NotMet = 1,

    /// <summary>The evidence shows the criterion holds.</summary>
    Met = 2,
}
