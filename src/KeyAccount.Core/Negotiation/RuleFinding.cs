namespace KeyAccount.Core.Negotiation;

/// <summary>What one key-client rule says about an offer.</summary>
/// <param name="Rule">The rule, named as <c>tier.subject</c> (<c>key.discount</c>, <c>potentialKey.paymentTerm</c>, <c>other.exclusivity</c>).</param>
/// <param name="Verdict">Allowed, needs approval or forbidden.</param>
/// <param name="Approver">Who must approve; null unless <see cref="RuleVerdict.NeedsApproval"/>.</param>
/// <param name="Explanation">The finding in words.</param>
public sealed record RuleFinding(string Rule, RuleVerdict Verdict, string? Approver, string Explanation);
